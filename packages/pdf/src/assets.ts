// What a web page must serve for the renderer, without loading the renderer.
export { FONT_ASSETS } from "./fonts.js";
