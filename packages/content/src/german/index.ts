export { caseAfter, germanName, phraseText, YOUR_MUNICIPALITY } from "./name.js";
export type { GermanCase, GermanName, GermanNameInput, GrammaticalGender, NameArticle, NamePhrase, Preposition } from "./name.js";
export { capitalizeFirst, listJoin, numberWord } from "./words.js";
export { modelName, publicationNote, selectionSentence } from "./edition.js";
export { contactLead, municipalityName, wordingText, type Wording } from "./wording.js";
