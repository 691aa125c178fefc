package match

// A job's name says what is built or fixed: "Senior Center Generator", "Pharmacy Exhaust",
// "Sterile Processing". These words of a project's scope are spelt wrong as often as trade words
// ("Generater", "Treatmnet") and, being known, a misspelling of one is told from another word as
// surely (wordlike.go's vocabulary). They are common nouns of building work, not names.
var scopeWords = wordSet(`generator generators exhaust sterile processing treatment wastewater
	pharmacy chiller chillers boiler boilers elevator elevators escalator sprinkler sprinklers
	restroom restrooms laboratory laboratories classroom classrooms gymnasium cafeteria
	auditorium terminal hospital clinic emergency surgery surgical radiology imaging
	transformer switchgear substation lighting signage parking garage stadium natatorium
	maintenance facility warehouse distribution apartments townhomes residential commercial
	municipal interceptor pipeline waterline sanitary drainage detention retention pavement
	sidewalk intersection bridge culvert veterinary survey`)
