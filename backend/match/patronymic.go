package match

// Many surnames are a first name with an "s": Daniels, Williams, Roberts, Edwards, Peters. In a
// name, "Daniels" is not a plural of "Daniel", as "Prods" is of Products: "Kim Daniels" is
// another person than "Kim, Daniel". A first name and the same name with an "s" are two names,
// not a word and its plural (runesLike, wordlike.go).

// patronymic reports that long is short, a common first name, with an "s": a surname of its own.
func patronymic(short, long []rune) bool {
	return len(long) == len(short)+1 && long[len(short)] == 's' && hasPrefix(long, short) && commonFirstName(string(short))
}
