import { describe, expect, it } from "vitest";
import { ImportError } from "./errors.js";
import { importCircular, type ImportOptions } from "./import.js";
import { fixture } from "./testing/fixtures.js";

function failure(text: string, options?: ImportOptions): { code: string; message: string } {
  try {
    importCircular(text, options);
  } catch (error) {
    if (error instanceof ImportError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("imported without error");
}

describe("texts that are no circular", () => {
  it("empty or white space only", () => {
    expect(failure("")).toMatchInlineSnapshot(`
      {
        "code": "E_IMPORT_EMPTY",
        "message": "the text is empty",
      }
    `);
    expect(failure("\ufeff \r\n\t\n")).toEqual(failure(""));
  });

  it("binary: NUL characters", () => {
    expect(failure("PK\u0003\u0004\u0000\u0000word/document.xml")).toMatchInlineSnapshot(`
      {
        "code": "E_IMPORT_BINARY",
        "message": "the text contains NUL characters: a binary file, not the text of a circular",
      }
    `);
  });

  it("binary: many control or undecodable characters", () => {
    const garbage = "\u0001\u0002\u0003\u0004\u0005\ufffd\ufffd\ufffd\ufffd\ufffd".repeat(3);
    expect(failure(`Mitteilungen - X\n${garbage}`)).toMatchInlineSnapshot(`
      {
        "code": "E_IMPORT_BINARY",
        "message": "the text contains 30 control or undecodable characters: a binary file, not the text of a circular",
      }
    `);
  });

  it("a stray control character in a real page is tolerated", () => {
    expect(importCircular(fixture("classic.txt").replace("Tel.", "Tel.\u0007")).circular.number).toBe(212);
  });

  it("ordinary text without header or Az.", () => {
    expect(failure("Liebe Kolleginnen und Kollegen,\n\nanbei die Tagesordnung.\n")).toMatchInlineSnapshot(`
      {
        "code": "E_IMPORT_NOT_A_CIRCULAR",
        "message": "not a circular: no header ("Mitteilungen - …", "StGB NRW-Mitteilung N/JJJJ", "Rundschreiben Nr. N/JJJJ" under a publisher, "N/JJJJ") and no "Az.:" line",
      }
    `);
  });

  it("a JSON file", () => {
    expect(failure('{"id": "stgb-nrw-441-2004", "title": "Handbuch"}').code).toBe("E_IMPORT_NOT_A_CIRCULAR");
  });

  it("only page furniture", () => {
    expect(failure("ICON/icon_verband icon-search\nLink kopieren\n")).toMatchInlineSnapshot(`
      {
        "code": "E_IMPORT_NOT_A_CIRCULAR",
        "message": "not a circular: the text holds only page furniture (icon names, share buttons, "Link kopieren")",
      }
    `);
  });

  it("a header without a body", () => {
    expect(failure("Mitteilungen - Verband Intern\n\nStGB NRW-Mitteilung 3/2020 vom 02.01.2020\n\nTitel\n\nAz.: III\n")).toMatchInlineSnapshot(`
      {
        "code": "E_IMPORT_NOT_A_CIRCULAR",
        "message": "not a circular: no body text after the header",
      }
    `);
  });
});

describe("strict", () => {
  it("passes when every required field is there", () => {
    expect(importCircular(fixture("classic.txt"), { strict: true }).circular.fileReference).toBe("G/3-1 800-09");
  });

  it("names every missing field in one line", () => {
    expect(failure(fixture("archive.txt"), { strict: true })).toMatchInlineSnapshot(`
      {
        "code": "E_IMPORT_MISSING_FIELD",
        "message": "missing required field(s) (strict): category, date",
      }
    `);
    expect(failure(fixture("body-only.txt"), { strict: true })).toMatchInlineSnapshot(`
      {
        "code": "E_IMPORT_MISSING_FIELD",
        "message": "missing required field(s) (strict): title, category, number, year, date",
      }
    `);
  });

  it("an invalid date counts as missing", () => {
    const text = fixture("classic.txt").replace("vom 14.04.2011", "vom 31.04.2011");
    expect(failure(text, { strict: true }).message).toBe("missing required field(s) (strict): date");
  });

  it("a missing Az. counts as missing", () => {
    const text = fixture("classic.txt").replace("Az.: G/3-1 800-09", "");
    expect(failure(text, { strict: true }).message).toBe("missing required field(s) (strict): fileReference");
  });

  it("the error carries the file name, the message does not repeat it", () => {
    try {
      importCircular("", { fileName: "leer.txt" });
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).fileName).toBe("leer.txt");
      expect((error as ImportError).message).not.toContain("leer.txt");
    }
    expect.assertions(3);
  });
});
