// How long the scenarios wait for what a busy machine makes slow: a clipboard write, a storage
// write that another page hears of, a browser that draws a page. Every `expect.poll` waits this
// long by default (vitest.e2e.config.ts): vitest's own second fails on a loaded CI machine.
export const pollTimeout = 15_000;
