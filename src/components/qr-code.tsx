import { t } from "../lib/browser";
import { qrPath } from "../lib/qr-path";

/** Dark on light whatever the colour scheme: scanners need the contrast. */
export function QrCode({ url }: { url: string }) {
	const { size, d } = qrPath(url);
	return (
		<svg id="qr-code" class="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={t("qrLabel")}>
			<rect width={size} height={size} fill="#fff" />
			<path d={d} fill="#000" shape-rendering="crispEdges" />
		</svg>
	);
}
