// The collectives' experience, in one place: Jitsi works well up to about this many people;
// above it, Mumble plus a pad has proven itself (systemli, "Online-Plenum" advice). Every text
// that names the threshold takes it from here.
export const jitsiComfortableUpTo = 15;
