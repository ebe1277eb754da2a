// Every length and count limit, once: the inputs' maxLength, the repair of stored data and the
// messages that state a limit all read it from here.

/** A title or a plenum's name: long enough for any real one, short enough for a subject in a link. */
export const maxTitleLength = 200;
/** A Mumble channel path, e.g. "Plenum/Main hall". */
export const maxChannelLength = 200;
/** The group's own instances per kind; more stored ones are kept, this only stops adding. */
export const maxCustomInstances = 20;
/** Plenums kept on this device. */
export const maxRecent = 10;
export const maxPinned = 20;
/** Signal leaves a link unclickable past 4096 characters; a stored link is never longer. */
export const maxLinkLength = 4096;
