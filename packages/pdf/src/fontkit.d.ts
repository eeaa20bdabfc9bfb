// fontkit ships no types; the builder of shaping tables and its tests only create fonts with it.
declare module "fontkit" {
  export function create(buffer: Uint8Array): unknown;
}
