// Meeting titles as groups and initiatives write them, in the five languages of the extension, with
// their abbreviations, dates, times, numbers, quotes, emoji and the odd missing space. One title a line.

const corpus = {
	en: `
		Plenum, Thursday 19:00
		Weekly plenum
		Tenants' union – general meeting
		Climate camp prep (2nd call)
		AG Outreach: flyers & posters
		Garden crew 🌱
		Food bank shift planning
		Strike committee #3
		Mutual aid network, Mon 7 p.m.
		Street party 2026 – who does what?
		"Open mic" planning
		Reading circle: bell hooks, ch. 4
		Solidarity fund, Q3 review
		Antifa café – orga
		Neighbourhood assembly 04.12.2026
		Plenum 19.00
		Bike kitchen volunteers 🚲
		Legal team check-in
		Budget vote (approx. 20 people)
		Meeting w/ the housing co-op
		Pride march orga 🏳️‍🌈
		Mon–Fri rota
		Plenary no. 12
		Evaluation of the Dec. 3 action
		Tea & talk, 3.30pm
		Summer festival, St. John's Park
		Press group – statement draft v2
		Kids' corner planning 🧸
		Repair café, 1st Saturday
		Flat share meeting
		Choir rehearsal notes
		Onboarding new members
		Demo debrief
		Mutual aid: who drives Sat.?
		Board meeting (Ltd.)
		Community kitchen – menu etc.
		Union branch AGM
		Assembly: yes/no on the new statute
		Translation team 🌍
		Allotment society, 7:30 p.m.
	`,
	de: `
		Plenum, Donnerstag 19:00
		Plenum 19.00 Uhr
		Treffen z. B. morgen
		AG 2026-12-04
		Plenum #3
		AG Öffentlichkeitsarbeit
		Mieterinitiative – Vollversammlung
		Nachbarschaftshilfe e.V. – Vorstand
		Kiezplenum Nord 🌻
		Straßenfest: wer macht was?
		Soli-Café Orga
		Übergabe Küche & Kasse
		Klimacamp Vorbereitung (2. Runde)
		Plenum am 4. Mai
		Treffen 1. FC Union Fanclub
		Lesekreis „Das Kapital“, Kap. 3
		Hausversammlung, 3. OG
		Fahrradwerkstatt – Ehrenamtliche
		Gartengruppe 🌱🏳️‍🌈
		Vorbereitung Demo am 1.5.
		Bündnistreffen, ca. 20 Leute
		Foodsharing-Abholungen (Mo.–Fr.)
		Plenum St. Pauli
		Anti-Ra-Café
		Jahreshauptversammlung gem. § 5 Satzung
		Stadtteilversammlung Nr. 7
		Kassenprüfung u. a.
		Rechtshilfe-Treffen
		Sommerfest – Aufbau ab 14 Uhr
		Plenum 3.12., 19:30
		Orga-Treffen z.B. für Flyer
		Streikkomitee
		Genossenschaft: Abstimmung
		WG-Besprechung
		Chorprobe, 18.30 Uhr
		Einarbeitung neuer Leute
		Nachbesprechung Aktion
		Tafel-Schichtplan KW 49
		Volxküche – was kochen wir?
		Plenum i. d. R. donnerstags
	`,
	fr: `
		Réunion\u00a0: jeudi 19h
		Assemblée générale 2026
		Collectif logement – AG
		Plénière n° 4
		Préparation manif du 1er mai
		Jardin partagé 🌱
		Comité de grève
		Café solidaire\u00a0: organisation
		Fête de quartier – qui fait quoi\u00a0?
		Atelier vélo (bénévoles)
		Groupe presse : communiqué v2
		« Cantine populaire » – menu
		Réunion du 04.12.2026
		Point hebdo 18h30
		Bilan de l’action du 3 déc.
		Cœur de quartier – réunion publique
		Caisse de solidarité, env. 20 pers.
		Cercle de lecture, ch. 5
		Coordination inter-collectifs
		Accueil des nouvelles et nouveaux
		Chorale : répétition
		AG ordinaire (art. 7 des statuts)
		Permanence juridique
		Soirée débat – orga
		Fête des voisins 🎉
		Réunion coloc
		Comité de quartier St-Michel
		Plénière 19.00
		Planning distribution alimentaire
		Marche des fiertés 🏳️‍🌈
		Réunion p. ex. mardi
		Collecte de vêtements, etc.
		Groupe traduction 🌍
		Assemblée des locataires, bât. B
		Débrief manif
		Réunion CA
		Réunion «\u00a0zéro déchet\u00a0»
		Projection-débat, 20h
		Atelier réparation (1er samedi)
		Budget participatif – vote
	`,
	it: `
		Assemblea, giovedì ore 19
		Riunione settimanale
		Comitato inquilini – assemblea generale
		Orto condiviso 🌱
		Preparazione corteo 25 aprile
		Sportello legale
		Cassa di solidarietà, ca. 20 persone
		Gruppo stampa: comunicato v2
		Festa di quartiere – chi fa cosa?
		Ciclofficina (volontari)
		Assemblea n. 12
		Riunione del 04.12.2026
		Punto settimanale 18.30
		Bilancio dell’azione del 3 dic.
		Circolo di lettura, cap. 4
		Coordinamento reti
		Accoglienza nuovi membri
		Coro: prove
		Assemblea ordinaria (art. 7 dello statuto)
		Pranzo popolare «Cucina aperta»
		Serata di dibattito – organizzazione
		Festa dei vicini 🎉
		Riunione coinquilini
		Comitato di quartiere S. Lorenzo
		Pride 🏳️‍🌈 organizzazione
		Distribuzione alimentare, turni
		Riunione p.es. martedì
		Raccolta vestiti, ecc.
		Gruppo traduzioni 🌍
		Assemblea inquilini, scala B
		Debriefing corteo
		Consiglio direttivo
		Proiezione e dibattito, ore 20
		Laboratorio riparazioni (1° sabato)
		Bilancio partecipativo – voto
		Città solidale – incontro
		Sciopero: comitato
		Doposcuola, coordinamento
		Mercatino dell’usato
		Assemblea 19.00
	`,
	es: `
		Asamblea, jueves 19:00
		Reunión semanal
		Sindicato de inquilinas – asamblea general
		Huerto comunitario 🌱
		Preparación de la mani del 8M
		Asesoría legal
		Caja de resistencia, aprox. 20 personas
		Grupo de prensa: comunicado v2
		Fiesta del barrio – ¿quién hace qué?
		Taller de bicis (voluntariado)
		Asamblea n.º 12
		Reunión del 04.12.2026
		Punto semanal 18:30
		Balance de la acción del 3 dic.
		Círculo de lectura, cap. 4
		Coordinadora de colectivos
		Acogida de gente nueva
		Coro: ensayo
		Asamblea ordinaria (art. 7 de los estatutos)
		Comedor popular «Olla común»
		Charla-debate – organización
		Fiesta vecinal 🎉
		Reunión de piso
		Comité de barrio San Blas
		Orgullo 🏳️‍🌈 organización
		Reparto de alimentos, turnos
		Reunión p. ej. martes
		Recogida de ropa, etc.
		Grupo de traducción 🌍
		Asamblea de vecinas, portal B
		Valoración de la mani
		Junta directiva
		Cine fórum, 20 h
		Taller de reparación (1.er sábado)
		Presupuestos participativos – votación
		Niñas y niños: ludoteca
		Huelga: comité
		Apoyo escolar, coordinación
		Mercadillo solidario
		Asamblea 19.00
		CC.OO. sección sindical
		Asamblea Sta. Eulalia
		Reunión bzgl. alquileres, avda. Libertad
	`,
	// Names with dots between words, as unions, parties, stations and streets write them: no chat app
	// links them (no real top-level domain after the dot).
	dotted: `
		ver.di Betriebsgruppe Klinikum
		FC St.Pauli Fanszene
		Demo 1.Mai
		8.März Bündnis
		Linke.SDS
		Treffen Do.Abend
		U-Bhf.Hermannplatz
		inkl.Kinderbetreuung
		bzgl.Mietspiegel Plenum
		Treff Hbf.Vorplatz
		Sta.Lucia Treffen
		Gewerkschaft ver.di, Fachbereich 3
		IG.Metall Vertrauensleute
		Str.d.Pariser Kommune 12
		Karl-Marx-Str.Ecke Weichselstr.
		3.OG Raum 12
		Plenum 2.Stock
		20.Uhr Treffen
		Ca.50 Leute erwartet
		approx.20 people
		Mon.evening plenary
		St.Andrew's hall
		Réunion S.E.L. du quartier
		Rdv 19h30 av.Jean Jaurès
		C.G.T. section
		Assemblea 1.maggio
		No.5 Stammtisch 🍻
	`,
};

/**
 * Titles that some chat app turns into a link: real domains, schemes, e-mail and IP addresses,
 * look-alikes of them. Each is refused.
 */
export const linkedTitles = [
	"AG.Berlin",
	"Treff.de heute",
	"x.io Treffen",
	"Plenum evil.example.com",
	"Room moved: https://meet.systemli.org.evil.example.com/plenum",
	"[Join here](https://evil.example)",
	"Fragen an plenum@example.org",
	"Treffen 192.168.1.1",
	"ftp://files.example.net",
	"www.evil.com",
	"Plenum пример.рф",
	"Café.Am Montag",
	"Treff ｅｖｉｌ．ｃｏｍ",
	"evil.ⓒⓞⓜ heute",
	"x.ⅽom",
	"a。de",
	"Plenum a.de🌱",
	"Plenum x@y.org\u202e",
	// Where Android's finders read otherwise than linkify-it (android-links.ts).
	"Treffen a.de.Nord",
	"Plenum /evil.de",
	"Plenum -evil.de",
	"Treffen Do.Abend.de-Kiez",
	"Infos /10.1.1.1",
	"Plenum@Kiez.Nord",
	"x@1.2.3.4.੦𛲜_",
	"Treffen www.Plenum.Kiez",
	"Treffen hidden.onion",
	"Sony.xperia Treffen",
	"€http://x",
	"𠀀http://x",
];

/** The corpus by language, one cleaned-up title per line. */
export const titleCorpus: Record<string, string[]> = Object.fromEntries(
	Object.entries(corpus).map(([language, text]) => [
		language,
		text
			.split("\n")
			.map((line) => line.trim())
			.filter(Boolean),
	]),
);
