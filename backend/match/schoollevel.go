package match

// "Junior" and "Senior" before High say which school: "Quarry Junior High" and "Quarry High" are
// two schools of one town, and "Kino JHS" is Kino Junior High School, not Kino High School (the
// table reads JHS and "Jr High" as Junior High). Such a word is therefore never the one word more
// of a job's name that jobextra.go sets aside. A level on one side only ("Copper Hills HS",
// "Copper Hills") is still the school the other name leaves unsaid.

// schoolLevelModifiers make another school of a level.
var schoolLevelModifiers = wordSet(`junior senior`)
