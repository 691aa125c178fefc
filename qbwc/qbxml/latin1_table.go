package qbxml

// transliterations covers characters outside Latin-1 that compatibility decomposition does not
// reduce (letters with strokes, ligatures, typographic punctuation) and the scripts with a
// simple, widely used Latin spelling. Cyrillic follows a plain ASCII scheme close to ISO 9 /
// passport spelling (Ж→Zh, Щ→Shch) because bookkeepers search names by what they can type.
var transliterations = map[rune]string{
	// Letters with strokes or special forms that have no decomposition.
	'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D", 'ħ': "h", 'Ħ': "H", 'ı': "i", 'ŧ': "t", 'Ŧ': "T",
	'ŀ': "l", 'Ŀ': "L", 'ƒ': "f", 'ſ': "s", 'ŉ': "'n", 'ĸ': "k", 'ŋ': "ng", 'Ŋ': "NG",
	'œ': "oe", 'Œ': "OE", 'ĳ': "ij", 'Ĳ': "IJ", 'ẞ': "SS", 'ǝ': "e", 'ə': "e", 'Ə': "E",

	// Quotes, dashes and other typography that word processors put into names.
	'\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u2039': "'", '\u203A': "'",
	'\u201C': `"`, '\u201D': `"`, '\u201E': `"`, '\u201F': `"`, '\u2033': `"`,
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2014': "-", '\u2015': "-", '\u2212': "-",
	'\u2026': "...", '\u2022': "*", '\u2122': "TM", '\u20AC': "EUR", '\u2116': "No.",
	'\u2044': "/", '\u2215': "/", '\u2192': "->", '\u2190': "<-", '\u2264': "<=", '\u2265': ">=",
	'\u2260': "!=", '\u2248': "~", '\u221E': "inf", '\u2030': "o/oo",

	// Cyrillic.
	'А': "A", 'Б': "B", 'В': "V", 'Г': "G", 'Д': "D", 'Е': "E", 'Ё': "Yo", 'Ж': "Zh", 'З': "Z",
	'И': "I", 'Й': "Y", 'К': "K", 'Л': "L", 'М': "M", 'Н': "N", 'О': "O", 'П': "P", 'Р': "R",
	'С': "S", 'Т': "T", 'У': "U", 'Ф': "F", 'Х': "Kh", 'Ц': "Ts", 'Ч': "Ch", 'Ш': "Sh",
	'Щ': "Shch", 'Ъ': "", 'Ы': "Y", 'Ь': "", 'Э': "E", 'Ю': "Yu", 'Я': "Ya",
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "yo", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh",
	'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	'Є': "Ye", 'є': "ye", 'І': "I", 'і': "i", 'Ї': "Yi", 'ї': "yi", 'Ґ': "G", 'ґ': "g",
	'Ў': "U", 'ў': "u", 'Ј': "J", 'ј': "j", 'Љ': "Lj", 'љ': "lj", 'Њ': "Nj", 'њ': "nj",
	'Ћ': "C", 'ћ': "c", 'Ђ': "Dj", 'ђ': "dj", 'Џ': "Dz", 'џ': "dz", 'Ѕ': "Dz", 'ѕ': "dz",

	// Greek (monotonic); accented vowels are listed because the table is consulted before
	// decomposition and a decomposed Greek letter would still be outside Latin-1.
	'Α': "A", 'Β': "V", 'Γ': "G", 'Δ': "D", 'Ε': "E", 'Ζ': "Z", 'Η': "I", 'Θ': "Th", 'Ι': "I",
	'Κ': "K", 'Λ': "L", 'Μ': "M", 'Ν': "N", 'Ξ': "X", 'Ο': "O", 'Π': "P", 'Ρ': "R", 'Σ': "S",
	'Τ': "T", 'Υ': "Y", 'Φ': "F", 'Χ': "Ch", 'Ψ': "Ps", 'Ω': "O",
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th", 'ι': "i",
	'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s",
	'ς': "s", 'τ': "t", 'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o",
	'Ά': "A", 'Έ': "E", 'Ή': "I", 'Ί': "I", 'Ό': "O", 'Ύ': "Y", 'Ώ': "O",
	'ά': "a", 'έ': "e", 'ή': "i", 'ί': "i", 'ό': "o", 'ύ': "y", 'ώ': "o", 'ϊ': "i", 'ϋ': "y",
}
