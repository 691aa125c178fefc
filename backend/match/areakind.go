package match

// A job's place is named with or without the word that says what kind of place it is: a
// shopping village, a city's district. "Bridgeport Village Retail TI" is the
// "Bridgeport Retail TI", "Pearl District Dental TI" the "Pearl Dental TI". Read as the words of buildingKindWords are
// (sitefiller.go's buildingKindLeft): after a word of the job's own paired with the other name,
// not after a point of the compass ("North District" may be another district than "North"), and
// with no number or letter after it ("District 5" says which district).
var areaKindWords = wordSet(`village district`)
