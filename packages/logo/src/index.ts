export { prepareLogo, fittedSize } from "./prepare.js";
export { LogoError, type LogoErrorCode } from "./errors.js";
export { MAX_LOGO_BYTES, MAX_LOGO_PIXELS, LOGO_DPI, LOGO_TARGET_PX } from "./limits.js";
