import type { LogoImage, Profile } from "@handreichung/content";
import { LOGO_BOX_PT } from "@handreichung/content/data";
import { PdfRenderError } from "../errors.js";
import type { Flow } from "../layout/flow.js";
import type { Piece } from "../layout/piece.js";
import { pieces } from "./contact.js";
import { COLOR, CONTENT_WIDTH, MARGIN, STYLE } from "../theme.js";

// The logo package scales large logos to this box at print resolution: one size for both.
const LOGO_MAX = LOGO_BOX_PT;
const NAME_STYLE = { font: "semibold", size: 13, leading: 17, color: COLOR.text } as const;

/** The municipality's band above the title: its logo (a Figure with alt text), official name and department. */
export function profileBandPiece(flow: Flow, profile: Profile, officialName: string, logo: LogoImage | undefined): Piece {
  let logoW = 0;
  let logoH = 0;
  if (logo) {
    if (!(logo.width > 0 && logo.height > 0)) throw new PdfRenderError("E_BAD_LOGO", "logo: width and height must be positive");
    const scale = Math.min(LOGO_MAX.width / logo.width, LOGO_MAX.height / logo.height);
    logoW = logo.width * scale;
    logoH = logo.height * scale;
  }
  const textX = MARGIN.left + (logo ? logoW + 14 : 0);
  const textW = CONTENT_WIDTH - (textX - MARGIN.left);
  const name = flow.set(officialName, NAME_STYLE, textW, { strict: true });
  const dept = profile.department ? flow.set(pieces(profile.department), STYLE.small, textW, { strict: true }) : null;
  const textH = name.height + (dept ? dept.height : 0);
  const height = Math.max(logoH, textH);
  return {
    height: height + 16,
    firstHeight: height,
    spaceBefore: 0,
    keepWithNext: true,
    draw() {
      const doc = flow.doc;
      const y0 = flow.y;
      if (logo) {
        const y = y0 + (height - logoH) / 2;
        const fig = flow.struct("Figure", undefined, { alt: logo.alt, bbox: [MARGIN.left, y, MARGIN.left + logoW, y + logoH] });
        fig.add(doc.markStructureContent("Figure"));
        try {
          doc.image(logo.data as Buffer, MARGIN.left, y, { width: logoW, height: logoH });
        } catch (err) {
          doc.endMarkedContent();
          throw new PdfRenderError("E_BAD_LOGO", `logo: not a readable ${logo.format.toUpperCase()} image (${(err as Error).message})`);
        }
        doc.endMarkedContent();
        fig.end();
      }
      flow.y = y0 + (height - textH) / 2;
      const p = flow.struct("P");
      flow.draw(name, textX, p, "P");
      p.end();
      if (dept) {
        const d = flow.struct("P");
        flow.draw(dept, textX, d, "P");
        d.end();
      }
      flow.y = y0 + height + 8;
      flow.artifact(() => doc.rect(MARGIN.left, flow.y, CONTENT_WIDTH, 0.5).fill(COLOR.rule), "Layout");
      flow.y = y0 + height + 16;
    },
  };
}
