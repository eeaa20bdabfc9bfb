// After tsup: write the JSON Schemas and the built-in circulars as JSON into dist/,
// for tools that are not TypeScript.
import { mkdirSync, writeFileSync } from "node:fs";
import { circularJsonSchema, circulars, profileJsonSchema } from "../dist/index.js";

const dist = new URL("../dist/", import.meta.url);
mkdirSync(new URL("schema/", dist), { recursive: true });
mkdirSync(new URL("circulars/", dist), { recursive: true });
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
writeFileSync(new URL("schema/circular.schema.json", dist), json(circularJsonSchema()));
writeFileSync(new URL("schema/profile.schema.json", dist), json(profileJsonSchema()));
for (const circular of circulars) writeFileSync(new URL(`circulars/${circular.id}.json`, dist), json(circular));
