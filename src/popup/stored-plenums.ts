// What reads and writes the stored plenums: part of the later sections' file, loaded after the
// first paint (storage-code.ts says why).
export { loadLocal, updateLocal } from "../platform/storage/local";
