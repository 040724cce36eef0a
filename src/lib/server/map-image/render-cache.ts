/**
 * The rendered maps (SVG, PNG, embed pages) kept in memory, least recently used first out, bounded
 * both in entries and in bytes: a 2400 px PNG is about 300 kB, a world SVG about 110 kB, so a few
 * hundred entries fit in tens of megabytes. Keys name everything that changes the output except
 * the data version, which is held once for the whole cache: when the data changes every entry is
 * stale at once, so the cache empties itself instead of letting stale entries age out.
 *
 * Concurrent misses for one key share one render (a CDN's burst of revalidations after a data
 * change costs one render, not one per request).
 */

export interface RenderCacheLimits {
	maxEntries: number;
	maxBytes: number;
}

export interface RenderCacheStats {
	entries: number;
	bytes: number;
	version: number | null;
	hits: number;
	misses: number;
}

interface Entry<T> {
	value: T;
	bytes: number;
}

export class RenderCache<T> {
	readonly #limits: RenderCacheLimits;
	readonly #sizeOf: (value: T) => number;
	readonly #entries = new Map<string, Entry<T>>();
	readonly #pending = new Map<string, Promise<T>>();
	#version: number | null = null;
	#bytes = 0;
	#hits = 0;
	#misses = 0;

	constructor(limits: RenderCacheLimits, sizeOf: (value: T) => number) {
		if (!(limits.maxEntries >= 1 && limits.maxBytes >= 1))
			throw new RangeError(
				`Expected cache limits of at least one entry and one byte, got ${JSON.stringify(limits)}.`
			);
		this.#limits = limits;
		this.#sizeOf = sizeOf;
	}

	/**
	 * The value for `key` at data `version`: from memory, or from `render` (once, however many
	 * callers ask at the same time). A value larger than the whole byte budget is returned uncached.
	 */
	async getOrRender(key: string, version: number, render: () => T | Promise<T>): Promise<T> {
		this.#useVersion(version);
		const hit = this.#entries.get(key);
		if (hit) {
			this.#hits++;
			this.#entries.delete(key); // re-insert: Map order is the recency order
			this.#entries.set(key, hit);
			return hit.value;
		}
		const pendingKey = `${version}|${key}`;
		const pending = this.#pending.get(pendingKey);
		if (pending) return pending;
		this.#misses++;
		const promise = (async () => render())();
		this.#pending.set(pendingKey, promise);
		try {
			const value = await promise;
			// The data may have changed while rendering: keep only what is still current.
			if (this.#version === version) this.#store(key, value);
			return value;
		} finally {
			this.#pending.delete(pendingKey);
		}
	}

	clear(): void {
		this.#entries.clear();
		this.#bytes = 0;
	}

	stats(): RenderCacheStats {
		return {
			entries: this.#entries.size,
			bytes: this.#bytes,
			version: this.#version,
			hits: this.#hits,
			misses: this.#misses
		};
	}

	#useVersion(version: number): void {
		if (this.#version === version) return;
		this.clear();
		this.#version = version;
	}

	#store(key: string, value: T): void {
		const bytes = this.#sizeOf(value);
		if (bytes > this.#limits.maxBytes) return;
		const previous = this.#entries.get(key);
		if (previous) {
			this.#entries.delete(key);
			this.#bytes -= previous.bytes;
		}
		this.#entries.set(key, { value, bytes });
		this.#bytes += bytes;
		for (const [oldKey, old] of this.#entries) {
			if (this.#entries.size <= this.#limits.maxEntries && this.#bytes <= this.#limits.maxBytes)
				break;
			this.#entries.delete(oldKey);
			this.#bytes -= old.bytes;
		}
	}
}
