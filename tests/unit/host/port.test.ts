import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultMumblePort, parseInstanceHost } from "../../../src/lib/host";

const allowed = { port: "allowed" } as const;

describe("a Mumble server's port", () => {
	it.each<[string, object]>([
		["mumble.example.org", { ok: true, host: "mumble.example.org" }],
		["mumble.example.org:64738", { ok: true, host: "mumble.example.org" }],
		["mumble.example.org:064738", { ok: true, host: "mumble.example.org" }],
		["mumble.example.org:", { ok: true, host: "mumble.example.org" }],
		["mumble.example.org:12345", { ok: true, host: "mumble.example.org", port: 12345 }],
		["mumble.example.org:443", { ok: true, host: "mumble.example.org", port: 443 }],
		["https://Mumble.Example.org:1/", { ok: true, host: "mumble.example.org", port: 1 }],
		["mumble.example.org.:65535", { ok: true, host: "mumble.example.org", port: 65535 }],
		[
			"münchen.example.org:8000",
			{ ok: true, host: "xn--mnchen-3ya.example.org", display: "münchen.example.org", port: 8000 },
		],
	])("%j gives %j", (input, expected) => {
		expect(parseInstanceHost(input, [], allowed)).toEqual(expected);
	});

	it("is Mumble's own by default", () => {
		expect(defaultMumblePort).toBe(64738);
	});
});

// What the room and pad links need: a host alone, reachable on https's own port.
describe("without ports allowed", () => {
	it("refuses every port but 443 with today's message", () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 99999 }), (port) => {
				const result = parseInstanceHost(`meet.example.org:${port}`, []);
				expect(result).toEqual(
					port === 443
						? { ok: true, host: "meet.example.org" }
						: { ok: false, error: "hostErrorPort", substitutions: [String(port)] },
				);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("ports round-trip", () => {
	const host = fc.domain().filter((name) => parseInstanceHost(name, []).ok);

	it("gives back every port from 1 to 65535, leaving out only Mumble's default", () => {
		fc.assert(
			fc.property(host, fc.integer({ min: 1, max: 65535 }), (name, port) => {
				const bare = parseInstanceHost(name, []);
				if (!bare.ok) return;
				const result = parseInstanceHost(`${name}:${port}`, [], allowed);
				expect(result).toEqual(port === defaultMumblePort ? bare : { ...bare, port });
			}),
			{ numRuns: 1000 },
		);
	});

	it("refuses every other number with the port-number message", () => {
		const outside = fc.oneof(fc.constant(0), fc.integer({ min: 65536, max: 10 ** 9 }));
		fc.assert(
			fc.property(outside, (port) => {
				expect(parseInstanceHost(`mumble.example.org:${port}`, [], allowed)).toEqual({
					ok: false,
					error: "hostErrorPortNumber",
					substitutions: [String(port)],
				});
			}),
			{ numRuns: 1000 },
		);
	});
});
