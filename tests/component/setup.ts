// Every component test runs the real pages against the in-memory browser module, from a clean
// state: no stored data, no first-frame copy, no rendered page of the test before.
import { cleanup } from "@testing-library/preact";
import { afterEach, beforeEach, vi } from "vitest";
import { fake } from "./fake-browser";

vi.mock("../../src/platform/browser", () => import("./fake-browser"));

beforeEach(() => {
	fake.reset();
	localStorage.clear();
});

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});
