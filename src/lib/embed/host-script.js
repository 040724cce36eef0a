/*! Ratification tracker embeds: sizes each map iframe to its content. Add once per page:
<script async src="https://TRACKER/embed.js"></script>. Docs: README, "Embedding a map". */
(() => {
	const w = /** @type {any} */ (window);
	if (w.ratificationTrackerEmbeds) return;
	w.ratificationTrackerEmbeds = 1;
	const NS = 'ratification-tracker:';
	const frames = () => [
		.../** @type {NodeListOf<HTMLIFrameElement>} */ (
			document.querySelectorAll('iframe[data-ratification-tracker],iframe[src*="/embed/maps/"]')
		)
	];
	/** @param {HTMLIFrameElement} f */
	const originOf = (f) => {
		try {
			return new URL(f.src, location.href).origin;
		} catch (e) {
			return 'null';
		}
	};
	addEventListener('message', (e) => {
		const d = e.data;
		if (!d || d.type !== NS + 'resize') return;
		const h = Math.ceil(+d.height);
		if (!(h > 0 && h < 20000)) return;
		for (const f of frames())
			if (f.contentWindow === e.source && originOf(f) === e.origin) {
				f.style.height = h + 'px';
				f.setAttribute('height', String(h));
			}
	});
	// A frame that loaded before this script ran has already sent its height: ask again.
	const ask = () => {
		for (const f of frames()) {
			const o = originOf(f);
			if (f.contentWindow && o !== 'null') f.contentWindow.postMessage({ type: NS + 'measure' }, o);
		}
	};
	ask();
	if (document.readyState !== 'complete') addEventListener('load', ask);
})();
