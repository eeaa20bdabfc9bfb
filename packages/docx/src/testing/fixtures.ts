import type { LogoImage, Profile } from "@handreichung/content";

/** A profile with every field, so a filled document has no placeholder left. */
export const fullProfile: Profile = {
  name: "Musterstadt",
  kind: "Stadt",
  department: "Amt für Integration und Vielfalt",
  logo: { path: "logo.png", alt: "Wappen der Stadt Musterstadt" },
  contact: { person: "Erika Mustermann", phone: "0211 123456-0", email: "integration@musterstadt.example", address: "Marktplatz 1, 40210 Musterstadt" },
  website: "www.musterstadt.example/integration",
  date: "2024-03-01",
};

/** A 2x1 pixel red PNG, as the CLI would read it. */
export const tinyPng: LogoImage = {
  data: Uint8Array.from(
    Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DwHwQZGAAq8QP9EX1XUQAAAABJRU5ErkJggg==", "base64"),
  ),
  format: "png",
  width: 2,
  height: 1,
  alt: "Wappen der Stadt Musterstadt",
};
