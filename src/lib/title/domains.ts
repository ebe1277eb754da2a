// Every top-level domain some chat app links a bare "name.tld" in: the IANA root zone (the `tlds`
// package), and the names apps still carry though the root zone has dropped or never held them.
import tlds from "tlds";

/**
 * Names beyond today's root zone, each still in an app's own list:
 * - Signal Desktop (ts/components/conversation/Linkify.dom.tsx, the root zone of 2010): six
 *   country codes since retired;
 * - Android's Patterns.java (IANA_TOP_LEVEL_DOMAINS, the root zone of 2015), behind every
 *   TextView with autoLink and Signal Android's fallback: brand domains since withdrawn;
 * - Signal Android's Linkifier.kt (the public suffix list bundled with the JDK): "onion" and a
 *   few spellings of country names the root zone holds in another form.
 */
const beyondRootZone = `
	an bl bq mf tp um
	active bentley bnl boots budapest cancerresearch cartier ceb chloe cityeats csc dabur doha doosan everbank
	flsmidth hoteles iinet iwc jlc kinder lancaster liaison linde lixil lupin meo montblanc movistar mtpc mutuelle
	nadex panerai piaget redstone rocher sapo sca scor shriram spiegel spreadbetting starhub statoil telefonica
	vista vistaprint xperia 工行
	dunlop kerrylogistics lipsy natura onion pramerica shaw السعوديه السعودیة السعودیۃ اليمن ايران پاكستان سوريا
	澳门 臺灣
`
	.trim()
	.split(/\s+/);

/** Every top-level domain an app may link, in lower case. */
export const topLevelDomains: readonly string[] = [...new Set([...tlds, ...beyondRootZone])];
