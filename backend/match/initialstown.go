package match

import "strings"

// A branch kept by the firm's initials and its town is written without a dash as often as with
// one: "CED Salt Lake City", "CED Fort Collins". A town of one word after the initials is set
// aside as a place (trailingPlace, initialsPlace); a town of two or three words was read as
// words of the name the initials had to stand for, and the initials read nothing. The town is
// known as the one-word town is: a town of the lists' addresses, or one of the largest US cities
// whose names are written in two or three words.

// bigCityPhrases are the largest US cities whose names are two or three words, as keys.
var bigCityPhrases = wordSet(`new_york los_angeles san_antonio san_diego san_jose san_francisco
	fort_worth el_paso oklahoma_city las_vegas kansas_city long_beach virginia_beach colorado_springs
	salt_lake_city st_louis saint_louis st_paul saint_paul new_orleans corpus_christi fort_wayne
	baton_rouge des_moines little_rock grand_rapids sioux_falls fort_lauderdale fort_collins
	santa_ana santa_clara santa_rosa santa_fe west_valley_city north_las_vegas port_st_lucie
	cape_coral st_petersburg saint_petersburg jersey_city chula_vista fort_myers west_palm_beach
	boca_raton palm_bay round_rock college_station grand_prairie sugar_land overland_park
	cedar_rapids ann_arbor green_bay rio_rancho las_cruces south_bend`)

// townAfterInitials is the first word of a town of two or three words that ends ts after a word
// written as initials and nothing else ("CED Salt Lake City"), or nil. place is the one-word
// place already found, which it keeps.
func townAfterInitials(ts []token, place *token, ctx *wholeContext) *token {
	if place != nil || len(ts) < 3 || !startsWithInitials(ts) {
		return place
	}
	own := ownWords(ts, func(int) bool { return true })
	if len(own) < 3 || !ts[own[0]].acronym {
		return nil
	}
	for n := 3; n >= 2; n-- {
		if len(own)-n != 1 || own[len(own)-1]-own[1] != n-1 {
			continue // the town's words follow the initials, one after the other
		}
		keys := make([]string, n)
		for k := range keys {
			keys[k] = ts[own[1+k]].key
		}
		town := strings.Join(keys, " ")
		if ctx.cities[town] || town == ctx.city || bigCityPhrases[strings.Join(keys, "_")] {
			return &ts[own[1]]
		}
	}
	return nil
}
