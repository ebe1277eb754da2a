import { useEffect, useState } from "preact/hooks";
import { t } from "../lib/i18n";
import { pathOf, qrOptions } from "../lib/qr-path";

/**
 * Dark on light whatever the colour scheme: scanners need the contrast. The encoder is loaded
 * on demand, so the popup's first paint does not wait for code most openings never use.
 */
export function QrCode({ url }: { url: string }) {
	const [qr, setQr] = useState<ReturnType<typeof pathOf>>();
	useEffect(() => {
		void import("uqr").then(({ encode }) => setQr(pathOf(encode(url, qrOptions))));
	}, [url]);
	if (!qr) return null;
	return (
		<svg id="qr-code" class="qr" viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={t("qrLabel")}>
			<rect width={qr.size} height={qr.size} fill="#fff" />
			<path d={qr.d} fill="#000" shape-rendering="crispEdges" />
		</svg>
	);
}
