// webextension-polyfill, for Chromium before 148 only (browser.ts loads it when `browser` is
// missing). An ES module of our own around it, so the CommonJS glue it needs stays in its chunk
// and the pages' first scripts import nothing for it.
import browser from "webextension-polyfill";

export default browser;
