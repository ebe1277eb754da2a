import { describe, expect, it } from "vitest";
import { parseInstanceHost } from "../../../src/lib/host";

describe("names that lead back to one's own computer", () => {
	it.each([
		["127.0.0.1.nip.io", "nip.io"],
		["meet.10.0.0.1.nip.io", "nip.io"],
		["meet-192-168-1-2.nip.io", "nip.io"],
		["nip.io", "nip.io"],
		["https://127-0-0-1.sslip.io/", "sslip.io"],
		["--1.sslip.io", "sslip.io"],
		["meet.127.0.0.1.xip.io", "xip.io"],
		["jitsi.traefik.me", "traefik.me"],
		["localtest.me", "localtest.me"],
		["meet.localtest.me", "localtest.me"],
		["LVH.ME.", "lvh.me"],
		["pad.lvh.me:443", "lvh.me"],
		["meet.vcap.me", "vcap.me"],
		["meet.lacolhost.com", "lacolhost.com"],
		["meet.localhost.direct", "localhost.direct"],
		["plenum.ddev.site", "ddev.site"],
		["meet.colasloth.com", "colasloth.com"],
		["meet.127.ca", "127.ca"],
		["meet.127-0-0-1.org.uk", "127-0-0-1.org.uk"],
		["meet.localhst.co.uk", "localhst.co.uk"],
		["meet.localhost.tv", "localhost.tv"],
		["localho.st", "localho.st"],
		["meet.localho.st", "localho.st"],
		["fuf.me", "fuf.me"],
		["jitsi.fuf.me", "fuf.me"],
		["local.gd", "local.gd"],
		["meet.local.gd", "local.gd"],
		["lcl.host", "lcl.host"],
		["meet.app.lcl.host", "lcl.host"],
		["smackaho.st", "smackaho.st"],
		["pad.smackaho.st", "smackaho.st"],
		["127-0-0-1.backname.io", "backname.io"],
		["meet.127.0.0.1.backname.io", "backname.io"],
		["0--1.backname.io", "backname.io"],
		["7f000001.c0a80001.rbndr.us", "rbndr.us"],
		["rbndr.us", "rbndr.us"],
		["make-1.2.3.4-rebind-127.0.0.1-rr.1u.ms", "1u.ms"],
		["MEET.1U.MS", "1u.ms"],
	])("refuses %s, naming %s", (input, service) => {
		expect(parseInstanceHost(input, [])).toEqual({ ok: false, error: "hostErrorLoopback", substitutions: [service] });
	});

	it("refuses them for a Mumble server too", () => {
		expect(parseInstanceHost("mumble.lvh.me:64738", [], { port: "allowed" })).toMatchObject({
			error: "hostErrorLoopback",
		});
	});

	// Only the services' own domains: a name that merely contains one is someone else's.
	it.each([
		"mynip.io",
		"nip.io.example.org",
		"meet.notlvh.me",
		"localtest.me.example.net",
		"localhost.tv",
		"meet.sslip.io-example.org",
		"notlocalho.st",
		"meet.local.gd.example.org",
		"mylcl.host",
		"rbndr.us.example.com",
		"21u.ms",
		"backname.io.example.net",
	])("accepts %s", (input) => {
		expect(parseInstanceHost(input, [])).toMatchObject({ ok: true });
	});
});
