import { customAlphabet } from "nanoid";

// Jitsi lowercases room names, so only [a-z0-9] carries entropy that survives:
// log2(36) = 5.17 bits a character, and 26 characters give 134 bits (>= 128).
export const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
export const randomLength = 26;
export const bitsPerCharacter = Math.log2(alphabet.length);

// nanoid's customAlphabet draws from crypto.getRandomValues with rejection sampling (no modulo bias).
export const randomName: () => string = customAlphabet(alphabet, randomLength);
