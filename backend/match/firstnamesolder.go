package match

// The owners of many small trade firms were named in the 1940s to the 1970s, and in the South
// and the Midwest by names the lists of today's common first names (person.go's firstNames) no
// longer hold: "Dewey Helms Excavating", "Lonnie Pate Plumbing". A bookkeeper reads such a word
// before a surname and a trade as the owner's first name as surely as "Kenny". Names that are as
// often a word or a place ("Homer", "Chad", "Rusty") are left out.

// olderFirstNames are first names common among US men and women born 1930-1975 (Social Security
// Administration's lists of those years) that firstNames and givenNames do not hold.
var olderFirstNames = wordSet(`dewey floyd lester virgil otis wilbur clyde elmer herman lonnie
	roscoe rufus buford cletus jimmie donnie dwight wendell willard luther harlan orville lyle
	merle darryl darnell tyrone cedric jeffery gregg rickey kirk brent brett clint dewayne jerald
	kurt marty monte neal perry roy ted tommie vance wiley ervin irvin alvin darrin darren
	duane dale doyle ferrell garland grady hollis homer lamar loyd marlin maurice nelson
	odell ollie reggie rodger sammie shelby sonny thurman vernon waylon wilson bobbie
	beverly bonnie brenda connie darlene delores dolores edna ernestine geneva imogene inez
	jolene juanita lorene loretta marlene maxine myrtle nadine opal pauline rhonda sherry
	thelma vera verna wilma`)
