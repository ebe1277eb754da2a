// Every component test runs the real pages against the in-memory browser module, from a clean
// state: no stored data, no first-frame copy, no rendered page of the test before.
import { cleanup, configure } from "@testing-library/preact";
import { afterEach, beforeEach, vi } from "vitest";
import { fake } from "./fake-browser";

vi.mock("../../src/platform/browser", () => import("./fake-browser"));

// How long waitFor and findBy wait for a render: testing-library's one second fails on a loaded
// machine, where nothing is wrong with the page. A wait that succeeds returns as soon as it can.
configure({ asyncUtilTimeout: 15_000 });

beforeEach(() => {
	fake.reset();
	localStorage.clear();
});

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});
