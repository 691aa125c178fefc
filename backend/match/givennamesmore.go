package match

import "strings"

// More of the short forms people go by, kept apart from person.go's groups so that the list of
// names stays readable: the English short forms a payroll or 1099 list writes less often, and the
// names of immigrant tradesmen with the short form of their own language or the English name they
// go by ("Wojtek" for Wojciech, "Piotr" who signs Peter, "Sal" for Salvatore). A bookkeeper who
// types the W-9's "Nowak, Wojciech" reads "Wojtek Nowak Rebar" as the same man.
var moreGivenNames = []string{
	// English.
	"reginald reggie reg", "roberta bobbie robbie", "ronald ronny", "vernon vern", "herbert herb",
	"bernard bernie", "ernest ernie", "lester les", "melvin mel", "sidney sid", "wallace wally",
	"chester chet", "clayton clay", "delbert del", "leonard leo", "archibald archie", "dominic dom",
	"gilbert gil", "tobias toby", "oliver ollie", "harvey harv", "alfred alf", "montgomery monty",
	"sebastian seb", "solomon sol", "woodrow woody", "kristopher kris chris", "lucille lucy",
	"angela angie", "amanda mandy", "caroline carrie", "carolyn carol", "eleanor ellie",
	"virginia ginny", "samantha sam sammie", "natalie nat", "nicole nikki", "veronica ronnie",
	"alexandra alex sandy", "suzanne suzy sue", "lorraine lori", "madeline maddie", "janet jan",
	"edward ted ned", "emmanuel emanuel manny", "sarah sally sadie", "mary molly polly mamie",
	"elizabeth betsy bess bessie libby lizzie eliza", "michael mick mickey", "alfred fred alfie",
	"alan al", "herbert bert", "hubert bert", "randolph randy", "victoria vic", "lucinda cindy",
	"eric rick ricky", "teresa tere",
	// The abbreviations an old firm's name or a deed writes for a first name: "Wm. Hale & Sons".
	"william wm", "charles chas", "james jas", "george geo", "thomas thos", "robert robt",
	"john jno", "daniel danl", "samuel saml", "benjamin benj", "joseph jos", "edward edw",
	"richard richd", "frederick fredk",
	// Spanish short forms a crew or a 1099 list writes, and the English name some go by.
	"luis lucho", "enrique quique kike", "pedro pete peter", "alfredo al", "alberto al", "alfonso al poncho", "jose chepe", "ramon moncho", "lorenzo lencho",
	"vicente chente", "faustino tino", "agustin tino", "jorge george",
	// Polish, with the short form and the English name their bearers use.
	"wojciech wojtek", "piotr peter pete", "dariusz darek", "tomasz tom tomek", "pawel paul",
	"krzysztof chris krzys", "grzegorz greg grzes", "andrzej andrew andy", "jerzy jurek george",
	"stanislaw stan stas", "zbigniew zbyszek", "slawomir slawek", "miroslaw mirek", "tadeusz tadek",
	"jakub kuba jake", "marek mark", "aleksander olek alex", "katarzyna kasia kate",
	"malgorzata gosia", "wladyslaw wladek", "kazimierz kazik", "przemyslaw przemek",
	// Italian.
	"giuseppe joseph", "pietro peter pete", "salvatore sal", "vincenzo enzo vince", "domenico dom", "gennaro jerry", "luigi lou",
	"giacomo jack", "carmine carm", "pasquale pat", "raffaele ralph", "roberto bob",
	// Russian, Ukrainian and the Balkans.
	"andrei andrey andre andy", "aleksandr sasha alex", "dmitri dmitry dima", "vladimir vlad",
	"sergei sergey serge", "mikhail misha mike", "yevgeny evgeny zhenya eugene", "nikolai kolya",
	"oleksandr sasha alex", "volodymyr volodya", "dragan gaga", "milorad mile",
	// German and Scandinavian.
	"johannes hans john", "wilhelm willi bill", "friedrich fritz fred", "lars larry", "anders andy",
	// Vietnamese and Chinese tradesmen often go by an English first name; those cannot be read
	// from the name and are left to the bookkeeper.
}

func init() {
	n := uint16(0)
	for _, gs := range givenNames {
		for _, g := range gs {
			n = max(n, g+1)
		}
	}
	for i, g := range moreGivenNames {
		for _, name := range strings.Fields(g) {
			givenNames[name] = append(givenNames[name], n+uint16(i))
		}
	}
}
