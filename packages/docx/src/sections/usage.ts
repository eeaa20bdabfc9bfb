import { type FileChild, Paragraph, TextRun } from "docx";
import { citationOf, excerptWording } from "@handreichung/content/data";
import type { RenderContext } from "../context.js";
import { guidance, heading, scaffoldRuns, sourceParagraph, sourceRun } from "../paragraphs.js";
import { STYLE } from "../styles.js";

/** Why the template exists and how to work with it, drawn from the circular. */
export function usage(ctx: RenderContext): FileChild[] {
  const { circular, models } = ctx;
  const out: FileChild[] = [
    heading(1, [new TextRun("Zweck und Gebrauch dieser Vorlage")], true),
    new Paragraph({
      children: [
        new TextRun("Diese Vorlage beruht auf der "),
        sourceRun(ctx, citationOf(circular)),
        new TextRun(" „"),
        sourceRun(ctx, circular.title),
        new TextRun("“ ("),
        sourceRun(ctx, circular.issuer),
        new TextRun(")."),
        ...(models.length
          ? [
              new TextRun(` Die Mitteilung stellt ${models.length === 1 ? "ein Beispiel" : `${models.length} Beispiele`} vor, wie Kommunen die Aufgabe organisiert haben: `),
              ...models.flatMap((m, i) => [sourceRun(ctx, m.municipality), new TextRun(i === models.length - 1 ? "." : i === models.length - 2 ? " und " : ", ")]),
            ]
          : []),
        ...scaffoldRuns(ctx, " Mit dieser Vorlage hält {{kommune}} fest, wie sie die Aufgabe selbst organisiert."),
      ],
    }),
  ];
  const first = circular.body.find((b) => b.type === "paragraph");
  if (first) {
    out.push(heading(2, [new TextRun("Aus der Mitteilung")]), sourceParagraph(ctx, first.text, STYLE.quote));
  }
  out.push(
    heading(2, [new TextRun("So arbeiten Sie mit der Vorlage")]),
    guidance(ctx, "Schritt 1: Ersetzen Sie die Platzhalter (Formatvorlage „Platzhalter“), zuerst {{kommune}}, {{amt}} und {{stand}}. Mit einem Profil füllt das Programm sie selbst aus."),
    guidance(ctx, "Schritt 2: Füllen Sie die Abschnitte „Ausgangslage“ bis „Kontakt“ aus. Jeder beginnt mit einem Ausfüllhinweis wie diesem, der sagt, was hineingehört."),
    guidance(
      ctx,
      `Schritt 3: Der Referenzteil am Ende gibt ${models.length ? "die Mitteilung und die Modelle" : "die Mitteilung"} im Wortlaut wieder${excerptWording(circular) ? " (die Mitteilung nur als Auszug: ihr veröffentlichter Text ist unvollständig)" : ""}. Behalten Sie ihn als Anlage oder löschen Sie ihn.`,
    ),
    guidance(
      ctx,
      "Schritt 4: Löschen Sie alle Ausfüllhinweise und aktualisieren Sie das Inhaltsverzeichnis, damit es die Seitenzahlen zeigt " +
        "(Word: in das Verzeichnis klicken, F9; LibreOffice: Extras › Aktualisieren › Alles aktualisieren).",
    ),
  );
  if (circular.publication) out.push(...publicationInfo(ctx));
  return out;
}

/** The handbook's ordering information, field by field. */
function publicationInfo(ctx: RenderContext): FileChild[] {
  const pub = ctx.circular.publication!;
  const line = (label: string, runs: TextRun[]) => new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `${label}: `, bold: true }), ...runs] });
  const out: FileChild[] = [heading(2, [new TextRun("Das Handbuch")]), line("Titel", [sourceRun(ctx, pub.title)])];
  if (pub.subtitles.length) {
    // The circular may name one book with different subtitles; keep each as written.
    const label = pub.subtitles.length > 1 ? "Untertitel (so in der Mitteilung genannt)" : "Untertitel";
    out.push(line(label, pub.subtitles.flatMap((s, i) => [...(i ? [new TextRun(" / ")] : []), new TextRun("„"), sourceRun(ctx, s), new TextRun("“")])));
  }
  if (pub.author) out.push(line("Erarbeitet von", [sourceRun(ctx, pub.author)]));
  if (pub.free !== null) out.push(line("Kosten", [new TextRun(pub.free ? "kostenlos" : "kostenpflichtig")]));
  if (pub.orderAddress.length) out.push(line("Bestellanschrift", pub.orderAddress.flatMap((l, i) => [...(i ? [new TextRun(", ")] : []), sourceRun(ctx, l)])));
  if (pub.url) out.push(line("Internet", [sourceRun(ctx, pub.url), ...(pub.download ? [new TextRun(" (auch als Download)")] : [])]));
  return out;
}
