package lex

// givenNames are common given names of people in business and political
// news (German, Austrian, Swiss, English, Nordic, French, Italian,
// Spanish, Dutch, East European and a few Asian). Names that are common
// English or German words as well ("Will", "May", "Rich") are left out.
const givenNames = `
aaron adam adrian agnes ahmed aida aileen alain alan alastair albert alberto albrecht alec alejandro
alessandro alex alexander alexandra alexandre alexei alexis alfons alfred alfredo ali alice alicia
alison alistair allan allen alois amanda amelie amy ana anders andrea andreas andrew andrey andré
andrzej andy angela angelika angelo angus anita anja ann anna anne annegret annette anneliese annika
anthony anton antonia antonio antti ari armin arne arnaud arnold arthur arvid ashley astrid axel
barack barbara barry bart bastian beate beatrice beatrix ben benedikt benjamin benoît bernard bernd
bernhard bert berthold bettina bianca birgit bjorn björn bo bodo boris brad bradley brenda brendan
brian bridget brigitte bruce bruno bryan burkhard carl carla carlo carlos carmen carol caroline carsten
casper catherine cathy cecilia cem charles charlotte chris christa christian christiane christina
christine christoph christophe christopher chuck claire clara claudia claudio claus clemens colin
conny constantin cornelia craig cristina dan daniel daniela danny darren dave david dean debbie deborah
denis denise dennis detlef diana diane dick diego dieter dietmar dietrich dimitri dmitri dmitry dominic
dominik don donald doris dorothea doug douglas duncan dylan ed eddie edgar edith edmund eduard eduardo
edward egon ekkehard elena eli elias elisabeth elizabeth elke ellen elmar elon emil emily emma emmanuel
enrico enrique eric erich erik erika ernst erwin esa esko esther eugen eva evelyn ewald fabian fabio
felix ferdinand federico fernando florian francesco francis francisco franck franco franjo frank franz
françois frauke fred freddie frederic frederick friedrich fritz gabriel gabriele gareth gary geoff
geoffrey georg george georges gerald gerd gerhard gernot gerrit gert gianni gilbert gillian gina
giorgio giovanni gisela giuseppe glen glenn gordon gottfried graham greg gregor gregory gudrun guido
guillaume gunnar gunter gustav günter günther hannelore hannes hans hansjörg harald hardy harold harri
harry hartmut heidi heike heiko heiner heinrich heinz helen helena helga hélène helmut helmuth henning
henri henrik henry herbert heribert hermann hilary hillary holger horst howard hubert hubertus hugo
håkan ian igor ilse ina ines inge ingo ingrid irene iris isaac isabel isabella isabelle ivan jack
jacob jacqueline jacques jake james jamie jan jana jane janet janine jared jason javier jean jeff
jeffrey jennifer jens jeremy jerome jerry jessica jim jimmy jo joachim joan joanna jochen joe joel
johan johann johanna johannes john johnny jon jonas jonathan jordan jorge jose josef joseph josé
juan judith julia julian juliane julie julien juliette jurgen jussi justin jörg jürgen kai kaj kalle
karen kari karin karl karl-heinz karsten kasper kate katharina kathleen kathrin katja katrin kay
keith kelly ken kenneth kerstin kevin kim klaus knut konrad kristian kristina kurt lars laura
laurence laurent lawrence lea lena leo leon leonard leonhard liam lina linda lionel lisa liz lorenz
lothar louis louise luc luca lucas lucia lilly ludwig luigi luis lukas lutz luís magnus malcolm manfred
manuel manuela marc marcel marco marcus margaret margarete margit maria mariana marie marina mario
marion marius marjorie markus marlene marta martha martin martina marvin mary massimo mathias
matthew matthias mattias matti maurice max maximilian melanie michael michaela michel michele
michelle miguel mika mike mikhail mikko mila miriam mohamed mohammed monika monica moritz nadine
nadja natalia natalie nathalie neil nick nicholas nicolas nicola nicole niels nigel nikolaus nils
nina norbert norman olaf ole oleg oliver olivia olli oscar oskar otmar ottmar otto pablo paolo
pascal patricia patrick paul paula pauline pedro pekka per peter petra philip philipp philippe
phillip pierre pietro piotr rafael raimund rainer ralf ralph ramon randy raphael raymond rebecca
regina reinhard reinhold renate renato rené reto richard rick rita robert roberto robbie robin rod roger
roland rolf roman ronald ronny rosa rosemarie ross rudolf rudi rupert ruth ryan sabine sabrina sacha
sally sam samuel sandra sandro sara sarah sascha scott sean sebastian sergei sergey sergio seppo
sigmar sigrid silke silvia simon simone sofia sonja sophie stefan stefanie steffen stephan stephanie
stephen steve steven stuart susan susanne sven svenja sylvia tanja tapio tatjana ted teemu teresa
theo theodor theresa theresia thierry thomas thorben thorsten tilman tim timo timothy tina tobias tom
tommy toni tony torsten tracy udo ulf ulla ulrich ulrike urs ursula uwe valentin valerie vanessa
vera veronika victor viktor vincent vladimir volker walter waltraud warren wayne werner whitney wilfried
wilhelm willem william willy winfried wolf wolfgang xavier yann yannick yves yvonne zoe
akio hiroshi kenji masayoshi naoki satoshi shinzo takashi tadashi taro yoshihiko yuki
wang li zhang liu chen lei jack jun wei xi
narendra mukesh ratan anil sunil rahul
recep ahmet mehmet mustafa emre
jarmo jorma juha kimmo markku pertti risto sakari veli ilkka heikki jouko erkki pentti
kjell knut leif stein tor trond sten jarl torbjörn jukka sauli
leonardo lorenzo matteo francesca giulia alessia chiara federica valentina silvio matteo mario
emanuele beppe sergio enzo raffaele stefano vittorio fabrizio massimiliano cristiano
ronaldo lionel diego neymar kylian zinedine thierry didier jean-claude jean-luc jean-pierre
jean-marie marie-claire anne-marie hans-peter hans-jürgen karl-heinz hans-werner klaus-peter
uli olli jürgen hansi sepp franzi resi vroni xaver alois kaspar melchior balthasar
ursula renate gerlinde herta hertha hildegard irmgard lieselotte margot roswitha sieglinde
warren elon jeff bill steve tim satya sundar larry sergey mark sheryl marissa ginni indra
mary jamie lloyd jerome janet ben alan paul christine mario ursula kristalina
vladimir dmitri boris nikita mikhail sergej jewgeni alexej wladimir oleksandr volodymyr
recep ahmet mustafa kemal emine bülent
xi jinping li keqiang shinzo fumio yoshihide narendra imran
donald joe kamala hillary barack george ronald jimmy gerald richard lyndon dwight
theresa boris rishi liz keir gordon tony david nicola
emmanuel françois nicolas jacques valéry
olaf angela gerhard helmut willy konrad
sebastian werner alexander karl christian alfred viktor heinz norbert
melvin mervin nathan nathaniel quentin rachel randall ricardo ricky rodney ronnie roy ruben samantha seth shannon sharon shawn sheila sidney sonia stacy suzanne terrence theodore todd travis tyler veronica wendy willie zachary lonnie lucy luke lynn marian marilyn marty megan melissa nancy norma olga pamela salvatore sophia terri tiffany vivian alberta alvin andre beth betty brandon brent brett calvin cameron carlton charlie clarence clifford cynthia dale darrell darryl derek derrick donna dorothy dwayne edwin eileen elaine eleanor erica ernest ernestine floyd frances franklin gloria harvey heather jaime janice jenny jesse jessie jill jimmie joanne joyce judy julio katherine kathryn kathy katie kristin lauren leslie lillian lindsay lois rakesh rajesh ramesh suresh sanjay vijay amit arvind manmohan sachin vikram anand deepak ashok pranab cyrus azim nandan kiran priya cedrik cedric takeshi yoshihiro koji haruhiko heinz-christian
`
