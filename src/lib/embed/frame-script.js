/*! Ratification tracker embed: tells the host page this frame's height (see /embed.js). */
(() => {
	if (parent === window) return;
	const id = window.name || location.pathname + location.search;
	let last = 0;
	/** @param {boolean} force */
	const send = (force) => {
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last && !force) return;
		last = height;
		parent.postMessage({ type: 'ratification-tracker:resize', height, id }, '*');
	};
	addEventListener('message', (e) => {
		if (e.source === parent && e.data && e.data.type === 'ratification-tracker:measure') send(true);
	});
	addEventListener('load', () => send(true));
	if (window.ResizeObserver)
		new ResizeObserver(() => send(false)).observe(document.documentElement);
	else addEventListener('resize', () => send(false));
})();
