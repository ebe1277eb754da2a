// Small statistics for the benchmark's samples.

export function quantile(values: number[], q: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const at = (sorted.length - 1) * q;
	const low = sorted[Math.floor(at)] as number;
	const high = sorted[Math.ceil(at)] as number;
	return low + (high - low) * (at - Math.floor(at));
}

export const median = (values: number[]) => quantile(values, 0.5);

export const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "-" : value.toFixed(1));

/** Rejects with a message that names what took too long, so a hung browser fails the bench instead of hanging it. */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what} took longer than ${timeoutMs / 1000} s`)), timeoutMs);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
