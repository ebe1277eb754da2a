import { useEffect, useState } from "preact/hooks";
import { qrDrawing } from "../lib/qr-path";
import { t } from "../platform/i18n";

/**
 * Dark on light whatever the colour scheme: scanners need the contrast. The encoder is loaded
 * on demand, so the popup's first paint does not wait for code most openings never use.
 */
export function QrCode({ url }: { url: string }) {
	const [qr, setQr] = useState<ReturnType<typeof qrDrawing>>();
	useEffect(() => {
		void import("uqr").then(({ encode }) => setQr(qrDrawing(url, encode)));
	}, [url]);
	if (!qr) return null;
	if (qr.tooLong) {
		return (
			<p id="qr-problem" class="status error" role="alert">
				{t("qrTooLong", [String(qr.tooLong.bytes), String(qr.tooLong.max)])}
			</p>
		);
	}
	return (
		<svg id="qr-code" class="qr" viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={t("qrLabel")}>
			<rect width={qr.size} height={qr.size} fill="#fff" />
			<path d={qr.d} fill="#000" shape-rendering="crispEdges" />
		</svg>
	);
}
