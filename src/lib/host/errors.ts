// What the host check answers: a host to store, or the first refusal found, named by the message
// key in _locales that tells the person what to change.

/** Every refusal, each a message key in _locales. */
export const hostErrors = [
	"hostErrorEmpty",
	"hostErrorInsecure",
	"hostErrorScheme",
	"hostErrorMalformedLink",
	"hostErrorUserInfo",
	"hostErrorPort",
	"hostErrorPortNumber",
	"hostErrorPath",
	"hostErrorQuery",
	"hostErrorFragment",
	"hostErrorSpace",
	"hostErrorCharacter",
	"hostErrorEmptyLabel",
	"hostErrorLabelTooLong",
	"hostErrorTooLong",
	"hostErrorHyphen",
	"hostErrorIpAddress",
	"hostErrorTopLevelDomain",
	"hostErrorSingleLabel",
	"hostErrorLocal",
	"hostErrorLoopback",
	"hostErrorReserved",
	"hostErrorOnion",
	"hostErrorInvalidPunycode",
	"hostErrorMixedScript",
	"hostErrorLookalike",
	"hostErrorLookalikeLetters",
	"hostErrorDuplicate",
	"hostErrorInvalid",
] as const;

export type HostError = (typeof hostErrors)[number];

export type HostResult =
	| {
			ok: true;
			/** The stored form: lowercase ASCII, punycode for internationalised names. */
			host: string;
			/** The Unicode form, only when it differs from `host`, so the UI can show both. */
			display?: string;
			/** Only with ports allowed, and only when one other than Mumble's default was typed. */
			port?: number;
	  }
	| Refusal;

export type Refusal = { ok: false; error: HostError; substitutions?: string[] };

/** What one step of the parse gives the next, or the first error found. */
export type Step<T> = { ok: true; value: T } | Refusal;

export function refuse(error: HostError, ...substitutions: string[]): Refusal {
	return substitutions.length > 0 ? { ok: false, error, substitutions } : { ok: false, error };
}

export function pass<T>(value: T): Step<T> {
	return { ok: true, value };
}

/** Shows a piece of the input in a message without flooding it. */
export function quote(text: string): string {
	const chars = [...text];
	return chars.length > 40 ? `${chars.slice(0, 39).join("")}…` : text;
}
