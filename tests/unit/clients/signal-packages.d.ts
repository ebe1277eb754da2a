// linkify-it and emoji-regex at the exact versions Signal Desktop pins, installed under other names beside ours.
declare module "signal-linkify-it" {
	import LinkifyIt from "linkify-it";
	export default LinkifyIt;
}

declare module "signal-emoji-regex" {
	export default function emojiRegex(): RegExp;
}
