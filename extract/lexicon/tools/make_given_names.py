#!/usr/bin/env python3
"""Build given_names.txt: first names of public figures worldwide, as news
writes them in Latin letters (with common transliteration variants).

Exclusion rule: a name is left out when, capitalised at the start of a
sentence or in a headline, it is more often an ordinary English word, a
month, or a place or country name (Will, May, June, Hope, Grace, Rose,
Faith, Art, Guy, Chase, Georgia, Jordan, Israel, Victoria, China, ...).
EXCLUDE lists these by hand; in addition every name that is also a
country, capital, demonym, place or single-word organisation name in the
other tables is dropped automatically (and reported).
Accented names also get their unaccented spelling.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L  # noqa: E402

NAMES = r"""
# --- English-speaking world: men ------------------------------------------
Aaron Abe Abraham Adam Adrian Al Alan Alastair Albert Alec Alex Alexander Alfie Alfred
Alistair Allan Allen Alvin Andre Andrew Andy Angus Anthony Antony Archibald Archie
Arnold Arthur Ashley Ashton Barack Barney Barry Bart Beau Ben Benjamin Bennett Bernard
Bernie Bert Bill Billy Blake Blaine Bob Bobby Boyd Brad Bradley Brandon Brendan Brent
Brett Brian Bruce Bryan Bryce Buck Buddy Burt Byron Caleb Calvin Cameron Carl Carlton
Cary Casey Cecil Cedric Charles Charlie Chester Chris Christian Christopher Chuck
Clarence Clark Claude Clay Clayton Clement Cliff Clifford Clint Clinton Clive Clyde Cody Colin
Conor Connor Conrad Corey Cory Craig Curt Curtis Cyril Dale Damian Damien Damon Dan Dana
Daniel Danny Darrell Darren Darryl Daryl Dave David Dean Dennis Denis Derek Dermot Desmond
Devin Dexter Dick Dirk Dominic Don Donald Donnie Donovan Doug Douglas Duane Dudley Duncan Dustin
Dwayne Dwight Dylan Earl Ed Eddie Eddy Edgar Edmund Edward Edwin Eli Elijah Elliot Elliott Ellis
Elmer Elon Elton Elvis Emmett Eric Erik Ernest Ernie Errol Ethan Eugene Evan Everett Ezra
Felix Fergus Floyd Francis Frank Frankie Franklin Fred Freddie Freddy Frederick Gabriel
Gareth Garrett Garry Gary Gavin Gene Geoff Geoffrey George Gerald Gerard Gerry Gilbert Glen
Glenn Gordon Graeme Graham Greg Gregg Gregory Griffin Hal Hamish Hank Harold Harrison Harry Harvey
Hector Henry Herb Herbert Herman Hilary Horace Howard Hubert Hugh Hugo Hunter Ian Isaac Ivan
Jack Jackie Jacob Jake James Jamie Jared Jason Jasper Jay Jeb Jed Jeff Jefferson Jeffrey Jeremiah Jeremy Jerome
Jerry Jesse Jim Jimmy Joe Joel Joey John Johnny Jon Jonah Jonathan Jonny Joseph Josh Joshua Jude
Julian Justin Kane Karl Keir Keith Ken Kenneth Kenny Kevin Kieran Kirk Kurt Kyle Lachlan Lance Larry
Lawrence Lee Leighton Len Lenny Leo Leonard Leroy Les Leslie Lester Lewis Liam Lincoln Lindsey Lionel Lloyd
Logan Lou Louie Louis Lucas Luke Luther Lyndon Mack Malcolm Marc Marcus Marion Mark Marshall
Martin Marty Marvin Matt Matthew Maurice Max Maxwell Mel Melvin Merrick Micah Michael Mick
Mickey Mike Miles Milo Milton Mitch Mitchell Mitt Monty Morgan Morris Murray Nate Nathan Nathaniel
Neal Ned Neil Nelson Neville Newt Nicholas Nick Nicky Nigel Noah Noel Norm Norman Oliver Ollie
Orrin Oscar Oswald Owen Paddy Patrick Paul Percy Perry Pete Peter Phil Philip Phillip Quentin Ralph
Rand Randall Randolph Randy Raphael Ray Raymond Reece Reggie Reginald Reid Reuben Rex Rhys Richard Rick
Ricky Riley Rob Robbie Robert Robin Rod Rodney Roger Roland Rolf Ron Ronald Ronnie Rory Ross Roy
Rudolph Rudy Rupert Russ Russell Rusty Ryan Sam Sammy Samuel Saul Scott Seamus Sean Sebastian Seth Shane
Shaun Shawn Sheldon Sherman Sid Sidney Silas Simon Spencer Stan Stanley Stefan Steve Steven Stewart
Stuart Sylvester Ted Teddy Terence Terrence Terry Theo Theodore Thomas Tim Timothy Tobias Toby
Todd Tom Tommy Tony Travis Trent Trevor Trey Tristan Troy Tucker Tyler Ulysses Vance Vaughn Vernon
Vince Vincent Wade Walker Wallace Walt Walter Warren Wayne Wes Wesley Whitney Wilbur Wilfred
Willard William Willie Willis Wilson Winston Woodrow Wyatt Zach Zachary Zack
Aldous Angelo Barnaby Benedict Bertrand Boris Cornelius Dominick Eamon Eamonn Enoch Gideon
Horatio Ignatius Jarrod Jarvis Kelvin Kermit Lachie Lorne Mervyn Nolan Orson Ozzie Preston
Rafe Ramsay Royce Rufus Seymour Shelby Tad Thaddeus Titus Tobin Wendell Zane Kash Hakeem Rishi
JD Mitchell Marco Beto Deval Jamaal Jaime Cory Raphael Kwame Jabari Jamal Tyrone Darius Malik Jalen
# --- English-speaking world: men, more (sports, older generations, Pacific) ---
Alonzo Alphonso Arnie Aubrey Augustus Avery Bennie Bobbie Brendon Brock Bubba Cormac Cyrus Darnell
Darrin Davy Declan Deion Demetrius Denny Denzel Deon Derrick Deshaun Deshawn Dion Dorian Dwyane
Edmond Erwin Evander Ewan Ezekiel Finlay Finley Forrest Gabe Garfield Garth Geraint Gus Hayden Ike
Ira Irwin Isaiah Isiah Jameson Jarrett Jayden Jaylen Jayson Jeffery Jermaine Jimmie Jody Johnnie
Josiah Kareem Keegan Keenan Kendall Kendrick Kieron Kip Kirby Kris Kristopher Lamar Lamont Leopold
Lonnie Lyle Mackenzie Malachi Marlon Martyn Moses Myles Niall Nico Quincy Quinn Quinton Randal
Richie Ritchie Roderick Rodger Romeo Ronan Rowan Rudi Rudolf Scottie Shaquille Shea Sonny Stephan
Stevie Terrance Terrell Tyrese Virgil Wally Woody Xander Zinzan Viv Merv Lockie Quade Kurtley Brodie
Codie Ardie Beauden Rieko Sevu Taine Jordie Tawera Piri Rawiri Wiremu Hemi Frano Dikembe LeBron
DeMar DeAndre DeMarcus LaMarcus Kawhi Jrue Khris Kyrie Trae Klay Draymond Rasheed Tayshaun Anfernee
Latrell Peyton Dak Jameis Emmitt LaDainian Saquon Darrelle Daunte Rickey Mookie Yadier Yasiel Yoenis
Aroldis Livan Gerrit Lennox Riddick Pernell Deontay Canelo Naseem Shakur Gervonta Teofimo Usain
Asafa Yohan Linford Dwain Iwan Zharnel Kemar Tajay Hansle Ato Kirani Keshorn Jehue Obadele Churandy
Thanasi Rickie Collin Jesper Seve Padraig Retief Ludvig Jofra Eoin Moeen Zak Ottis Daren Sulieman
Denesh Kraigg Roston Shimron Alzarri Shivnarine Ramnaresh Franklyn Faf Kagiso Lungi Temba Aiden
Rassie Tabraiz Keshav Anrich Herschelle Makhaya Hansie Jonty Kepler Fanie Daryll Morné Schalk Siya
Cheslin Handré Pieter-Steph Makazole Ieuan Gethin Alun Leigh Maro Manu Rachin Jeetan Tevita Sione
Viliami Epeli Josefa Jone Manasa Mosese Sitiveni Voreqe Taniela
Orel Finn
# --- English-speaking world: women ----------------------------------------
Abigail Ada Adele Agnes Aileen Alexandra Alexis Alice Alicia Alison Allison Alyssa Amanda
Amelia Amy Andrea Angela Angelina Angie Anita Ann Anna Anne Annette Annie Antoinette Arlene
Audrey Ayanna Barbara Beatrice Becky Belinda Bernadette Beth Bethany Betsy Betty Beverly
Bonnie Brenda Bridget Brittany Caitlin Camilla Candace Cara Carla Carly Carol Caroline Carolyn
Carrie Cassandra Catherine Cathy Cecilia Celia Charlotte Chelsea Cheryl Chloe Christina Christine
Cindy Claire Clara Claudia Colleen Condoleezza Connie Cora Corinne Courtney Cynthia Daisy
Danielle Daphne Darlene Deborah Debbie Debra Deirdre Denise Diana Diane Dianne Dolores Donna
Doris Dorothy Edith Edna Eileen Elaine Eleanor Elena Eliza Elizabeth Ella Ellen Eloise
Elsie Emily Emma Erica Erin Esther Ethel Eva Evelyn Fiona Frances Gail Gemma Georgina
Geraldine Gillian Gina Ginny Gladys Gloria Gretchen Gwen Gwendolyn Gwyneth Hannah Harriet
Hazel Heather Heidi Helen Helena Hillary Holly Ingrid Irene Isabel Isabella Ivanka Jackie
Jacqueline Jane Janet Janice Janine Jasmine Jean Jeanne Jeanette Jeanine Jen Jenna Jennifer Jenny Jess
Jessica Jill Jo Joan Joanna Joanne Jocelyn Jodi Josephine Joyce Judith Judy Julia Julie Juliet
Justine Kamala Karen Karin Kate Katharine Katherine Kathleen Kathryn Kathy Katie Kay
Kayla Kayleigh Kelly Kemi Kerry Kim Kimberly Kirsten Kristen Kristi Kristin Kristina Kristy Lara Laura
Lauren Laurie Leah Leanne Leila Lillian Lily Linda Lindsay Lisa Liz Lois Loretta Lori Lorraine
Louise Lucy Lydia Lynn Lynne Madeleine Madeline Madison Mandy Marcia Margaret Margo Margot
Maria Marian Marianne Marie Marilyn Marjorie Martha Mary Maureen Maxine Megan Meghan Melania
Melanie Melinda Melissa Meredith Mia Michaela Michele Michelle Mildred Miranda Molly Monica
Nadine Nancy Naomi Natalie Natasha Nellie Nicola Nicole Nikki Nina Nora Norah Norma Olivia
Pam Pamela Patricia Patti Patty Paula Pauline Peggy Penelope Phoebe Phyllis Polly Priscilla Priti Rachel
Rachael Rebecca Regina Rhonda Rita Roberta Robyn Rosalind Rosalyn Rosemary Roxanne Ruth
Sadie Sally Samantha Sandra Sandy Sara Sarah Sharon Sheila Shelley Sherry Shirley Sonia
Sophia Sophie Stacey Stacy Stephanie Sue Suella Susan Susanna Suzanne Sylvia Tamara Tammy
Tanya Teresa Tessa Theresa Tiffany Tina Tonya Tracey Tracy Tricia Tulsi Ursula Valerie Vanessa
Vera Veronica Vicki Vicky Viola Wendy Winifred Yvette Yvonne Zoe Zoey Marjorie Kristi Nikki
Ilhan Alexandria Rashida Ayanna Kyrsten Tammy Elise Letitia Lisa Marsha Karine Jen Kari Kirstjen
Betsy Gina Janet Deb Jacinda Theresa Nicola Kemi Angela Annalena Ursula Kaja Roberta Giorgia
Mette Sanna Magdalena Ulf Jacinta Penny Katalin Zuzana Maia Salome Ana Kaja Ingrida Evika
# --- English-speaking world: women, more ------------------------------------
Abby Adeline Alma Antonia Ariana Arianna Ashleigh Ava Bella Bernice Bertha Bessie Billie Blanche
Brianna Briana Brooke Caitlyn Candice Cassie Celeste Charlene Christy Clare Delores Desiree Dorothea
Edie Elisa Ellie Elsa Emilia Eunice Felicia Gabrielle Gertrude Gisele Giselle Greta Hayley Henrietta
Hilda Ida Imogen Inez Irma Jodie Johanna Karla Katy Kendra Kylie Lena Lorena Lorna Louisa Lucille
Mabel Mae Maggie Marlene Miriam Mona Nell Paige Renée Rosie Sabrina Selena Serena Shannon Stella
Tara Tasha Toni Wanda Wilma Winnie Addison Kelly-Ann Shelly-Ann Merlene Shericka Shaunae Allyson
Dalilah Athing Sha'Carri Coco Sloane Karrie Lexi Nelly Brittney Sinéad Siobhan Niamh Aoife Orla
Gráinne Saoirse Aisling Kirsty Catriona Siân Kimberley Meryl Oprah Uma Jessie Beyoncé Rihanna
Britney
Sanya
# --- French ---------------------------------------------------------------
Achille Adrien Alain Albéric Alexandre Alexis Alphonse Amaury Ambroise André Anne-Marie
Antoine Aristide Armand Arnaud Arthur Aurélien Baptiste Bastien Benoît Bernard Bertrand
Bruno Céline Christophe Claude Clément Corentin Cyrille Damien Denis Didier Dominique
Édouard Elisabeth Éloi Emmanuel Éric Étienne Eugène Fabien Fabrice Félix Florian François
Françoise Frédéric Gabriel Gaël Gaspard Gaston Gérald Gérard Gilles Grégoire Guillaume
Gustave Henri Hervé Hubert Jacques Jean Jean-Claude Jean-Luc Jean-Marc Jean-Marie
Jean-Michel Jean-Noël Jean-Pierre Jean-Yves Jérôme Joël Jules Julien Laurent Léon Lionel
Louis Luc Lucien Marcel Marine Marion Mathieu Matthieu Maxime Michel Nicolas Noël Olivier
Pascal Patrice Philippe Pierre Raphaël Raymond Régis Rémi Rémy Renaud René Richard Robert
Roland Sébastien Serge Stéphane Sylvain Thibault Thierry Thomas Valéry Vincent Xavier Yann
Yannick Yves Agnès Amélie Anaïs Anne Annick Brigitte Camille Carole Catherine Cécile
Chantal Christiane Christine Claire Clémence Colette Danielle Delphine Dominique Édith
Élisabeth Élise Élodie Émilie Estelle Fabienne Florence Francine Geneviève Hélène
Isabelle Jacqueline Jeanne Joséphine Josiane Juliette Laetitia Laure Laurence Léa Lucie
Madeleine Manon Marguerite Marie Marie-Claire Marine Martine Mathilde Michèle Monique
Murielle Nadège Nathalie Océane Odile Pascale Pauline Rachida Ségolène Simone Solène
Sophie Stéphanie Sylvie Valérie Véronique Virginie Yvette Gabriel Édouard Élisabeth
Jean-Yves Bruno Gérald Sébastien Rachida Rima Clémentine Najat Valérie Catherine
# --- French, more -----------------------------------------------------------
Adèle Agathe Aimée Alban Alexia Alix Amandine Anatole Anne-Sophie Anne-Laure Arsène Aurore Axelle
Bénédicte Bérénice Carine Cédric Charles-Henri Christelle Claudine Coralie Danièle Déborah Dorothée
Eléonore Éléonore Élie Éliane Élisa Éloïse Émile Évelyne Florent Franck Gaëlle Gaétan Gaëtan Gautier
Geoffroy Georges Géraldine Germain Ghislain Gisèle Henriette Hugues Irène Jacky Jean-Charles
Jean-Christophe Jean-François Jean-Jacques Jean-Louis Jean-Paul Jean-Philippe Jean-Vincent Jocelyne
Joëlle Léo Léonie Lilian Liliane Lise Loïc Louis-Philippe Ludovic Magali Marc-Antoine Marc-André
Marcelle Marie-Christine Marie-France Marie-Hélène Marie-José Marie-Josée Marie-Laure Marie-Louise
Marie-Pierre Marie-Thérèse Marius Marlène Maryse Mathis Maud Mélissa Micheline Mickaël Mireille
Morgane Muriel Myriam Naïma Noémie Odette Pierre-Yves Pierre-Henri Pierre-Emmanuel Raoul Régine
Rodolphe Romain Romane Roselyne Sandrine Séverine Solange Stanislas Théo Théophile Thibaut Thibaud
Timothée Yoann Yohann Youri Yvan Zoé Zinédine Kylian N'Golo Bixente Kingsley Dayot Ibrahima Ferland
Mattéo Wissam Rayan Jo-Wilfried Alizé Gauthier Antonin Rama Aurélie Yaël
# --- German, Austrian, Swiss, Dutch, Scandinavian -----------------------
Achim Alexander Alois Andreas Angela Anja Annegret Annalena Armin Axel Bärbel Benedikt
Bernd Bernhard Birgit Boris Brigitte Burkhard Carsten Christian Christoph Christa
Cem Claudia Cornelia Dagmar Detlef Dieter Dietmar Dirk Dorothee Eckart Egon Ekkehard Elke
Erich Ernst Frank Franz Friedrich Fritz Gabriele Georg Gerd Gerhard Gerlinde Gregor Guido
Gunter Günter Günther Hannelore Hans Hans-Dietrich Hans-Georg Hans-Jürgen Hans-Peter
Hartmut Heidi Heiko Heinrich Heinz Heiner Helga Helmut Hendrik Herbert Hermann Horst
Hubertus Ingo Jens Joachim Jochen Johann Johannes Jörg Josef Jürgen Karin Karl Karl-Heinz
Karl-Theodor Katarina Katja Katrin Kerstin Klaus Konrad Kristina Kurt Lars Lothar Ludwig
Lutz Manfred Manuela Margarete Markus Martina Matthias Michael Monika Nancy Norbert Olaf
Oskar Otto Peer Petra Philipp Rainer Ralf Reinhard Renate Robert Roland Rolf Rüdiger
Sabine Sahra Sebastian Sigmar Sigrid Silke Simone Stefan Stefanie Steffen Susanne Svenja
Sven Thilo Thomas Thorsten Till Tobias Torsten Ulla Ulrich Ulrike Ursula Uwe Volker
Walter Werner Wilhelm Winfried Wolfgang Wolfram Annegret Friedrich Boris Marcel Nancy
Alice Tino Markus Hubert Cem Omid Christian Karl Olaf Frank-Walter Horst Joschka Guido
Gerhard Helmut Angela Wolfgang Kai Jan Dirk Jens Lars Norbert
Sebastian Werner Alexander Karl Herbert Kurt Heinz-Christian Alexander Doris Andreas
Mark Geert Dick Wopke Frans Jeroen Ruud Wim Hendrik Pieter Sigrid Jeroen Rutger Stef
Bart Dries Joost Maarten Hugo Ank Kajsa Stefan Ulf Magdalena Olof Carl Gustaf Ebba Annie
Jonas Erna Jens Mette Helle Lars Anders Jacob Morten Kristian Mattias Margot Sanna Jussi
Sauli Alexander Petteri Antti Juha Tarja Martti Matti Pekka Jyrki Paavo Sanna Elina Pirkko
Ingrid Henrik Hans Ole Nils Per Bjorn Björn Sven Gunnar Leif Knut Kjell Tore Trond Odd Espen
Jonas Erik Johan Fredrik Gustav Magnus Mikael Oskar Stefan Torbjörn Åsa Ann-Sofie Birgitta
Karin Kristina Linnea Malin Margareta Ulrika Anniken Ine Trine Tone Siv Hanne Pia Lene Kirsten
Thorvald Dag Audun Jonas Arne Einar Eirik Geir Halvard Harald Ketil Svein Vidar Aslak
Benedikt Bjarni Katrín Guðni Halla Sigurður Ólafur Kristrún Þórdís
# --- German, Austrian, Swiss, more ------------------------------------------
Adolf Albrecht Alfons Anke Anneliese Annemarie Antje Astrid Bastian Beate Benno Berthold Bettina
Bodo Brunhilde Christof Claus Clemens Dietrich Eberhard Erika Eugen Franziska Frauke
Friedrich-Wilhelm Gerda Gertrud Gisela Gottfried Gudrun Hagen Hannes Hans-Christian Hans-Joachim
Hans-Ulrich Hans-Dieter Hansi Hedwig Heike Helge Henning Hildegard Hilde Holger Ilse Ina Inge
Ingeborg Isolde Jakob Jan-Hendrik Jannik Jasmin Jutta Kai-Uwe Karl-Josef Kathrin Katharina Leonie
Lorenz Lukas Luise Malte Mareike Margit Marie-Luise Mathias Matthäus Maximilian Mirko Moritz Nadja
Niklas Nikolaus Reiner Reinhold Romy Ronny Rosemarie Sascha Siegfried Sönke Tanja Timo Udo Ute Veit
Verena Wilfried Willi Willy Wolf-Dieter Xaver Franz-Josef Jupp Uli Ilkay Mats Niclas Steffi
Angelique Annika Niko Kevin-Prince Sepp Mikaela Hans-Jörg Karoline Ueli Xherdan Granit Gökhan Urs
Reto Hanspeter
# --- Dutch and Flemish ------------------------------------------------------
Adriaan Anneke Annemiek Anouk Arie Arjan Arjen Arnoud Arnout Bas Bastiaan Boudewijn Caspar Cees
Christiaan Coen Daan Diederik Evert Femke Frenkie Gert Gijs Guus Henk Huub Jaap Jan-Peter Jelle Joep
Jolanda Joris Kees Klaas Koen Laurens Lieke Lotte Luuk Marieke Marjolein Martijn Matthijs Maurits
Mees Michiel Niels Nienke Onno Pepijn Piet Pim Remco Rinus Rogier Saskia Sander Sanne Sebastiaan
Sjoerd Thijs Willem Willem-Alexander Wouter Georginio Gini Xavi Dafne Sifan Ireen Kjeld Jorien Anky
Elio Hadja Annelies Wout Romelu Marouane Michy Radja Nafissatou Freya Rik
# --- Nordic: Danish, Norwegian, Swedish, Finnish, Icelandic -----------------
Anette Anneli Anu Bengt Berit Bertil Birger Bjarne Bjørn Carina Christer Edvard Elin Elisabet Emelie
Erling Frida Frode Gitte Grete Gro Gunilla Haakon Hadia Hannu Harri Heikki Håkan Ilkka Ingvar
Ingvild Jari Jarmo Jenni Joakim Jukka Kalle Katri Kimi Kjetil Klas Kristoffer Lasse Leena Lennart
Linnéa Liv Markku Mika Mikko Noora Ola Olli Petri Poul Rasmus Riikka Risto Sakari Satu Seppo Sigurd
Simo Solveig Stig Suvi Tapio Teemu Terje Tiina Tommi Torben Tove Tuomas Tuomo Ulrik Valtteri Veikko
Vesa Ville Åke Aleksi Britt Fredrika Ingemar Ingmar Ivar Jóhanna Lars-Erik Lisbeth Pernille Ragnar
Ragnhild Runar Signe Sigrun Sverre Thor Trygve Vibeke Viggo Zlatan Kennet Janne Tarjei Karsten
Therese Aksel Petter Sondre Vegard Kasper Pierre-Emile Mikkel Dorthe Svend Uffe Margrethe Frederik
Benedikte Stine Saku Patrik Marja Jaana Kirsi Päivi Guðmundur Jóhannes Jón Jónas Davíð Halldór
Haraldur Ingibjörg Steingrímur Vigdís Gylfi Aron Birkir Jóhann Ásgeir Ari Lilja
Minna Sari
# --- Spanish, Portuguese, Latin American ---------------------------
Abel Adolfo Adriana Agustín Alberto Alejandra Alejandro Alfonso Alfredo Alicia Álvaro Amado
Ana Andrés Ángel Ángela Aníbal Antonio Araceli Ariel Armando Arturo Augusto Aurelio Beatriz
Benito Bernardo Blanca Camila Carlos Carmen Carolina Catalina Cayetana César Claudia Concepción
Consuelo Cristian Cristina Dante Daniel Diego Dolores Domingo Eduardo Efraín Elena Eliana
Elías Eloy Emilio Enrique Ernesto Esperanza Esteban Eugenio Evo Fabián Federico Felipe
Fernando Fidel Francisco Gabriel Gabriela Gerardo Germán Gilberto Gonzalo Graciela Guillermo
Gustavo Héctor Hernán Horacio Hugo Humberto Ignacio Inés Inmaculada Irene Isabel Ismael
Iván Jaime Javier Jesús Joaquín Jorge José Josefina Juan Juana Julián Julio Leonardo Leticia
Lorenzo Lourdes Lucía Luciano Luis Luisa Manuel Manuela Marcelo Marcos Margarita María
Mariana Mariano Mario Marta Martín Mateo Matías Mauricio Mercedes Miguel Milagros Mónica
Nayib Néstor Nicolás Norma Octavio Óscar Pablo Patricia Paulina Pedro Pilar Rafael Ramiro
Ramón Raquel Raúl Ricardo Roberto Rocío Rodolfo Rodrigo Rogelio Rolando Rosa Rosario Rubén
Salvador Sandra Santiago Santos Sebastián Sergio Silvia Soledad Sonia Susana Teodoro Teresa
Tomás Valentina Verónica Vicente Víctor Virginia Ximena Yolanda Zulema Xiomara Dina Gustavo
Andrés Manuel Claudia Marcelo Ebrard Gabriel Javier Sergio Dilma Lula Luiz Inácio Jair
Michel Fernando Henrique Geraldo Flávio Eduardo Marina Simone Gleisi Tarcísio Ciro Aécio
Alckmin Ronaldo Rui Alexandre Arthur Ricardo Renan Paulo Romeu Sérgio Wellington Fábio Vinícius
Cristiano Joaquim João Mário Aníbal António Marcelo Augusto Duarte Francisco Gonçalo
Henrique Nuno Tiago Vasco Miguel Pedro Luís Jerónimo Catarina Inês Leonor Mariana Margarida
Isabel Rita Teresa Daniel Lenín Guillermo Rafael Ollanta Alan Pedro Dina Keiko Alberto Evo
Luis Arce Jeanine Mauricio Cristina Néstor Alberto Javier Sergio Patricia Horacio Gabriel
Sebastián Michelle Gabriel Ricardo Eduardo Tabaré José Yamandú Santiago Mario Horacio Fernando
Nicolás Hugo Juan Leopoldo Henrique Delcy María Corina Edmundo Diosdado Miguel Iván Álvaro
Gustavo Francia Juan Sandro Rodrigo Hernán Óscar Jimmy Otto Alejandro Bernardo Nayib Salvador
Daniel Rosario Violeta Laurentino Juan Carlos Raúl Miguel Díaz-Canel Fidel Jovenel Ariel Luis
Abinader Danilo Leonel Andrés Felipe Juanfer Xóchitl Marcelo Porfirio Ricardo Alfonso Cuauhtémoc
Enrique Vicente Ernesto Genaro Omar Rocío Adán Emilio Ninel Mireya Laura Lucía Leonor
# --- Spanish, Catalan, Basque, Portuguese, Brazilian, Latin American --------
Adrián Agustina Aitana Aitor Almudena Alonso Amalia Amancio Amparo Anabel Arantxa Asier Baltasar
Belén Berta Borja Candela Carlota Cayetano Celestino Clemente Constanza Cristóbal Damián Darío
Edgardo Emiliano Estefanía Estela Ezequiel Fabiola Facundo Fausto Feliciano Fermín Gaspar Gregorio
Hipólito Iker Imanol Iñaki Iñigo Isidro Itziar Jacinto Jaume Jimena Jordi Josep Josu Juliana Julieta
Justo Lázaro Leandro Lidia Liliana Lisandro Macarena Maite Manolo Marcela Marcelino Marisol Matilde
Maximiliano Micaela Moisés Nerea Nieves Noelia Norberto Nuria Oriol Osvaldo Paloma Pascual Patricio
Pepe Quique Ramona Reinaldo Remedios Rigoberto Rigoberta Rosalía Salomé Salomón Samanta Saúl Simón
Telmo Teófilo Ulises Valentín Vanesa Wilfredo Xabier Yago Yeray Pau Carles Cesc Sergi Andoni Unai
Gorka Joseba Ander Julen Xabi Santi Míchel Rafa Pep Dani Isco Koke Pedri Ansu Lamine Rodri Ferran
Yeremy Conchita Garbiñe Mireia Ona Deco Nani Rúben Diogo Vitinha Simão Eusébio Vítor Hélder Nélson
Fernanda Patrícia Joana Jéssica Tânia Mafalda Filipa Madalena Constança Afonso Bernardino Domingos
Guilherme Martim Octávio Valter Anderson Antônio Bebeto Caio Casemiro Cafu Cláudio Cléber Dunga
Edmílson Edson Emerson Fabiano Fabrício Felipão Fernandinho Gérson Jairzinho Jorginho Josué Juninho
Kaká Kléber Lúcio Luan Marcelinho Márcio Maicon Neymar Nílton Paulinho Raí Rivaldo Robinho Rogério
Romário Ronaldinho Roque Sócrates Thiago Vanderlei Wanderley Willian Zico Alisson Ederson Marquinhos
Richarlison Rodrygo Raphinha Endrick Éder Militão Ayrton Rubens Guga Cristiane Rebeca Daniele Robson
Fabiana Tancredo Rosângela Sílvio Eike Abílio Luíza Lino Oswaldo Rómulo Piedad Íngrid Aída Tareck
Karina Máximo Lautaro Nahuel Giovani Nery Gastón Emanuel Chicharito Hirving Érik Soraya Checo
Nemesio Vilma Mariela Ileana Magglio Liván Yordan Teoscar Schafik Farabundo Thelma Jean-Bertrand
Mirlande Boniface Édgar Vinny Benjamín Camilo Eloísa Eugenia Faustino Isabela Leónidas Lupe Lupita
Noé Pancho Paco Raimundo Dayron Yulimar Mijaín Yarisley
Gavi Montserrat
# --- Italian ---------------------------------------------------------------
Achille Adriano Agostino Alberto Alessandra Alessandro Alessio Alfredo Angelino Angelo
Annamaria Antonella Antonio Arnaldo Attilio Beppe Bettino Carlo Cesare Chiara Ciriaco
Claudio Corrado Cristina Dario Davide Domenico Donatella Elena Elisabetta Emma Enrico Enzo
Ettore Fabio Fabrizio Federica Federico Filippo Flavio Francesca Franco Gaetano Giacomo
Giampaolo Giancarlo Gianfranco Gianni Gianluca Gino Giorgio Giorgia Giovanna Giovanni
Giulia Giuliano Giulio Giuseppe Guido Ignazio Laura Lamberto Leoluca Letizia Lorenzo Luca
Lucia Luciana Luciano Luigi Marcello Marco Maria Mariastella Mario Marta Massimo Matteo
Maurizio Mauro Michele Nicola Nilde Oscar Paola Paolo Pier Pierluigi Piero Pietro Raffaele
Renato Renzo Riccardo Roberta Roberto Rocco Romano Rosanna Rosario Salvatore Sandro Sergio
Silvio Simona Simone Stefano Susanna Tommaso Ugo Umberto Valentina Valerio Vincenzo Vittorio
Walter Elly Antonio Guido Nicola Sergio Matteo Giuseppe Romano Paolo Enrico Massimo Luigi
# --- Italian, more ----------------------------------------------------------
Adalberto Agnese Aldo Alessia Amedeo Angelica Annalisa Antonietta Antonino Arrigo Bartolomeo
Benedetta Biagio Bianca Bruna Camillo Carlotta Carmelo Caterina Cosimo Damiano Dino Donato Edoardo
Eleonora Emanuela Emanuele Ezio Felice Ferdinando Flavia Franca Francesco Fulvio Gabriella Gaia
Gennaro Giada Gian Gianmarco Gianluigi Gianpaolo Gianpiero Giordano Giuliana Giuseppina Ilaria Italo
Ivana Jacopo Lia Livia Loredana Ludovica Mara Marcella Margherita Marino Mattia Michela Milena
Mirella Mirco Nicolò Niccolò Nicoletta Nino Noemi Ornella Ottavio Pasquale Patrizia Patrizio
Pierpaolo Pio Raffaella Raimondo Remo Renata Rino Rossana Rossella Samuele Saverio Tiziana Tiziano
Vittoria Viviana Gigi Totò Azeglio Valentino Jarno Loris Enea Tania Massimiliano Marcell
Pierferdinando
# --- Russian, Ukrainian, Belarusian ---------------------------------------
Aleksandr Aleksandra Aleksei Aleksey Alexander Alexandr Alexei Alexey Alla Alina Alisher
Anastasia Anatoly Anatoliy Anatolii Andrei Andrey Andriy Andrii Anna Anton Arkady Arkadiy
Arseniy Arseny Artem Artyom Bogdan Bohdan Boris Daria Darya Denis Denys Dmitri Dmitriy Dmitry
Dmytro Ekaterina Elena Elvira Evgeny Evgeniy Evgenia Fyodor Feodor Gennady Gennadiy Georgy
Georgiy Gleb Grigory Grigoriy Hennadiy Herman Ihor Igor Ilya Inna Irina Iryna Ivan Kateryna
Kira Kirill Klavdia Konstantin Kostiantyn Kostyantyn Ksenia Larisa Leonid Lev Lilia Lyudmila
Ludmila Maksim Maksym Margarita Maria Mariya Marina Maxim Mikhail Mykhailo Mykola Nadezhda
Nadiya Natalia Nataliya Natalya Nikita Nikolai Nikolay Oksana Oleg Oleh Oleksandr Oleksandra
Oleksiy Oleksii Olena Olga Pavel Pavlo Petro Polina Roman Ruslan Sergei Sergey Serhiy Serhii
Stanislav Stepan Svetlana Taras Tatiana Tatyana Tetiana Timur Ulyana Vadim Vadym Valentin
Valentina Valentyn Valeria Valery Valeriy Vasily Vasiliy Vasyl Veniamin Vera Viacheslav
Viktor Viktoria Vitali Vitaliy Vitaly Vladimir Vladislav Vladyslav Volodymyr Vsevolod
Vyacheslav Yaroslav Yegor Yekaterina Yelena Yevgeny Yevgeniy Yevhen Yulia Yuliia Yuliya Yury Yuri
Yuriy Zakhar Zinaida Zoya Ramzan Dzhokhar Akhmad Apti Magomed Kadyrov Valentyna Oleksiy
Kyrylo Rustem Refat Vitalii Iryna Yulia Olha Olga Ruslan Denys Dmytro Andriy Petro Valerii
Viktor Leonid Leonid Arsen Arseniy Roman Rinat Gennadiy Vadym Serhiy Oleksandr Mustafa
Sviatlana Svetlana Alyaksandr Aliaksandr Maria Siarhei Pavel Valery Ales Ihar Ihor Viktar
Alexei Yulia Garry Mikhail Boris Grigory Ilya Lev Evgeny Yevgeny Dmitry Sergei Nikolai Valentina
Maria Vyacheslav Matviyenko Anton Marat Elvira Sergey Andrei Mikhail Igor Oleg Alexander Anatoly
# --- Russian, Ukrainian, Belarusian, Crimean Tatar, more --------------------
Alisa Alyona Anastasiya Anatoli Antonina Anzhela Anzhelika Arkadi Artemy Artur Daniil Danila Darina
Dasha Dominika Egor Elizaveta Evgeni Evgenii Fedor Feliks Filipp Galina Grigori Ilia Ilyas Inessa
Iosif Irakli Ivanna Kseniya Larissa Lidiya Liliya Liudmila Lyubov Matvei Matvey Milana Miroslava
Nazar Olesya Platon Raisa Renat Rodion Rostislav Ruslana Sabina Savva Semyon Serafima Snezhana Sofya
Stanislava Svyatoslav Timofei Timofey Valeri Valeriya Varvara Vasilisa Vasili Viktoriya Vladislava
Yakov Yana Yevgenia Zhanna Pyotr Georgi Gennadi Yevgeni Zurab Vagit Ramil Aliya Dinara Ostap
Yevheniy Danylo Hryhoriy Hryhorii Tetyana Nataliia Liudmyla Lyudmyla Halyna Larysa Svitlana
Khrystyna Mariia Uliana Viktoriia Lesya Lesia Myroslava Myroslav Bohdana Dariia Yelyzaveta Anhelina
Heorhiy Heorhii Hennadii Yakiv Fedir Pylyp Yurii Akhtem Nariman Tamila Uladzimir Mikalai Yauhen
Aliaksei Dzmitry Maryia Veranika Palina Volha Aryna Raman Stanislau Uladzislau Katsiaryna Nadzeya
Tatsiana Nastassia
# --- Polish, Czech, Slovak, Balkan, Hungarian, Romanian, Baltic, Greek -----
Adam Agata Agnieszka Aleksander Andrzej Anna Antoni Barbara Beata Bogdan Bogusław Bronisław
Czesław Dariusz Donald Dorota Elżbieta Ewa Grzegorz Halina Henryk Hanna Ireneusz Jacek Jadwiga
Jakub Jan Janina Janusz Jarosław Jerzy Joanna Józef Kamil Karol Katarzyna Kazimierz Krystyna
Krzysztof Lech Leszek Łukasz Maciej Małgorzata Marek Marcin Mariusz Mateusz Michał Mirosław
Paweł Piotr Przemysław Radosław Rafał Ryszard Sebastian Sławomir Stanisław Szymon Tadeusz
Tomasz Urszula Wacław Waldemar Władysław Włodzimierz Wojciech Zbigniew Zdzisław Zofia Zygmunt
Aleš Andrej Bohuslav Boleslav Daniela Dana Eduard František Igor Jana Jaroslav Jiří Josef
Karel Kateřina Ladislav Libor Lubomír Marie Marek Martin Michal Miloš Miroslav Ondřej Pavel
Petr Radek Robert Tomáš Václav Vladimír Vojtěch Zdeněk Zuzana Ivan Mikuláš Peter Robert Eduard
Robert Igor Juraj Ľubomír Ivan Mária Zuzana Iveta Andrej Peter Mikuláš Róbert Richard
Ante Bojan Boris Borislav Božidar Branko Dragan Dragana Dušan Đorđe Goran Gordana Ivica
Ivo Jadranka Janez Jelena Jovan Kolinda Lazar Ljubica Marko Milan Milica Milo Milorad Miloš
Miodrag Mirjana Momčilo Nebojša Nenad Nikola Novak Radovan Ratko Slobodan Snežana Srđan
Stjepan Tomislav Vesna Vladan Vojislav Vučić Zlatko Zoran Željko Aleksandar Andrej Hashim
Albin Edi Ilir Ramush Vjosa Kurti Agim Sali Ilir Bujar Ali Hristijan Zaev Stevo Gordana
Bakir Alija Haris Šefik Denis Milorad Dragan Željka Borjana Nermin Sebija Christian Miroslav
Attila Balázs Csaba Ferenc Gábor Gergely Gyula István Judit Katalin Krisztina Kristóf László
Lajos Márta Mihály Miklós Nándor Orsolya Péter Sándor Szabolcs Tamás Tibor Viktor Zoltán Zsolt
Adrian Alexandru Andrei Bogdan Călin Cătălin Claudiu Constantin Corneliu Cristian Dacian Dan
Daniela Dorin Elena Emil Florin Gabriela George Gheorghe Horia Ioana Ion Ionuț Iulian Klaus
Liviu Marcel Marian Mihai Mircea Nicolae Nicușor Ovidiu Petre Radu Sorin Traian Valentin
Viorica Vasile Victor Maia Igor Natalia Vlad Dorin Ion Andrei Pavel Mihai Iurie Renato
Andris Arturs Dainis Edgars Egils Evika Gitanas Guntis Ilze Indulis Ingrida Inga Jānis Juris
Kaja Kersti Krišjānis Laimdota Lauri Linas Mart Mārtiņš Raimonds Rihards Saulius Toomas
Urmas Vaira Valdas Valdis Vytautas Viktorija Edgaras Gabrielius Dalia Ingrida Algirdas
Kersti Jüri Taavi Andrus Ansip Siim Kristjan Hanno Margus Alar
Alexis Andreas Antonis Athanasios Christos Costas Constantine Dimitris Dimitrios Dora Eleni
Evangelos Fofi Georgios Giorgos Ioannis Kostas Kyriakos Lefteris Manolis Marietta Nikos
Nikolaos Panagiotis Panos Pavlos Petros Sotiris Spyros Stavros Theodoros Vangelis Yanis
Yannis Yiannis Zoe Nicos Nikos Demetris Glafcos Tassos Nicos Averof Katerina Anastasios
# --- Polish, Czech, Slovak, Hungarian, Romanian, Baltic, more ---------------
Adrianna Alicja Aneta Arkadiusz Bartłomiej Bartosz Błażej Bolesław Bożena Cezary Danuta Dawid
Dominik Edyta Eugeniusz Ewelina Filip Franciszek Grażyna Iga Ignacy Ilona Irena Iwona Izabela
Jolanta Justyna Kacper Kamila Kinga Krystian Ludwik Maja Mieczysław Oliwia Patrycja Romuald Róża
Sylwester Sylwia Teodor Weronika Wiesław Wiktor Wiktoria Witold Zuzanna Magda Alena Alžběta Antonín
Barbora Blanka Bohumil Božena Dalibor Eliška Hana Jaromír Jindřich Jitka Karolína Kristýna Lenka
Lukáš Magdaléna Markéta Matěj Miloslav Naděžda Oldřich Otakar Pavla Pavlína Přemysl Radim Radomír
Šárka Soňa Štěpán Tereza Věra Vilém Vít Vlasta Zbyněk Štefan Ján Ľudovít Katarína Béla Bence Dániel
Dávid Dénes Dóra Endre Ernő Erzsébet Gergő Géza Ildikó Imre József Kálmán Károly Kornél Levente Lili
Márk Márton Mátyás Mónika Nóra Ottó Réka Richárd Sára Szilárd Szilvia Tímea Vilmos Virág Zsófia
Zsuzsa Zsuzsanna Ágnes Ákos Aladár Andor Anikó Antal Árpád Benedek Botond Csongor Emese Enikő Eszter
Júlia Kata Krisztián Noémi Tünde Vanda Zita Andreea Anca Aurel Cezar Ciprian Codruț Cornel Cosmin
Costel Doina Dragoș Dumitru Elisabeta Florentina Grigore Ilie Ioan Ionel Iulia Laurențiu Lavinia
Mădălina Miruna Mirela Nicoleta Octavian Petru Raluca Remus Roxana Ruxandra Sergiu Silviu Sorina
Ștefan Toma Valeriu Viorel Hunor Crin Sorana Ianis Răzvan Dinu Aleksandrs Aigars Alvis Andrejs Artis
Ēriks Gatis Gints Gunārs Inese Ivars Kārlis Kristaps Līga Māris Normunds Oļegs Pēteris Rolands
Rūdolfs Uldis Ingrīda Aidas Aistė Audrius Dainius Eglė Gintaras Gintautas Jurgis Jūratė Justinas
Kęstutis Mantas Mindaugas Nerijus Povilas Ramūnas Rasa Rimantas Rūta Šarūnas Simonas Virginijus
Žydrūnas Arvydas Arvo Enn Indrek Jaak Jaan Kadri Kaido Meelis Mihhail Ott Peeter Priit Raivo Tiit
Tõnis
# --- Balkan, Albanian, Bulgarian, Greek, Cypriot, more ----------------------
Adem Admir Alen Aleksa Anđela Andjela Azra Biljana Bojana Branimir Branislav Čedomir Danijel
Danijela Darko Davor Dejan Dijana Dragomir Dražen Dubravka Duško Edin Enes Fikret Hrvoje Ilija
Jasmina Jasna Jovana Jure Kenan Krešimir Ksenija Lejla Ljiljana Ljubomir Ljupčo Marija Marijana
Marin Marjan Matija Mehmed Milutin Mira Mladen Muhamed Nataša Nedim Nemanja Neven Nevena Nikolina
Ognjen Olivera Petar Predrag Radomir Ranko Sanja Sead Siniša Slaven Slavko Sonja Tatjana Todor Uroš
Vanja Vedran Velimir Veljko Vlado Vlatko Vuk Zvonimir Vahid Miralem Sergej Savo Joško Lovro Josip
Borna Kristijan Janica Mirna Damir Tijana Janko Franjo Dritan Jakov Ardian Arben Artan Besnik Enver
Fatmir Kreshnik Petrit Rexhep Sokol Taulant Valon Drilon Fatos Skender Shkodran Dimitar Atanas Boyan
Boyko Delyan Desislava Hristo Iliana Ivaylo Kiril Kristalina Krasimir Lyubomir Maya Mihail Ognyan
Plamen Rosen Rumen Simeon Slavi Stoyan Tsvetan Vasil Veselin Asen Alekos Alexandros Angeliki
Antonios Apostolos Aristides Aris Charalambos Charis Despina Dionysios Eirini Elpida Emmanouil Fotis
Grigoris Ilias Ioanna Iraklis Konstantinos Kostis Lambros Leonidas Loukas Makis Marios Michalis
Miltiadis Nikolas Odysseas Pantelis Paraskevi Periklis Pericles Savvas Sotirios Spyridon Stathis
Stavroula Stelios Takis Thanasis Themis Theodora Thodoris Vaggelis Vasileios Vasilis Vassilis
Yiorgos Zacharias Akis Adonis Angelos Christodoulos Dimitra Eleftherios Giannis Manos Panayiotis
Panayotis Rena Sakis Tasos Stefanos Annita Ersin Tufan Ferdi Ünal
# --- Turkish, Azerbaijani, Central Asian --------------------------------------
Abdullah Adnan Ahmet Ali Alparslan Aslı Ayşe Bahçeli Berat Binali Bülent Burak Canan Cem
Cengiz Devlet Ekrem Emine Emre Ercan Erdal Ertuğrul Esra Fatih Fatma Ferhat Gül Hakan
Hasan Hatice Hulusi Hüseyin İbrahim İlhan İsmail Kemal Kılıçdaroğlu Mehmet Melih Meral
Mesut Mevlüt Murat Mustafa Necmettin Nihat Numan Orhan Ömer Özgür Recep Sadi Selahattin
Selçuk Serdar Sırrı Süleyman Şükrü Tansu Tayyip Turgut Tuncay Ümit Yaşar Yavuz Yusuf Zeynep
Mevlut Ahmet Davutoglu Tayyip Recep Hulusi Akar Ibrahim Kalin Omer Celik Suleyman Soylu
Huseyin Fidan Hakan Mansur Ozgur Ozel Selahattin Demirtas Sirri Sureyya Tuncer Bakirhan
Ilham Mehriban Elmar Jeyhun Hikmet Ramiz Novruz Ali Mukhtar Leyla Aliyev Heydar Ilgar
Nursultan Kassym-Jomart Kassym Kairat Karim Marat Askar Bakhyt Dariga Timur Yerlan Mukhtar
Shavkat Islam Abdulaziz Bakhtiyor Gulnara Lola Saida Akmal Rustam Sadyr Almazbek Sooronbay
Kurmanbek Roza Askar Emomali Rustam Sirojiddin Gurbanguly Serdar Saparmurat Rashid Meredov
# --- Turkish and Kurdish, more ----------------------------------------------
Abdülhamit Abdülkadir Akif Alper Arda Atilla Aydın Ayhan Aylin Ayşegül Bahar Baki Barış Batuhan
Bayram Berk Berkay Betül Beyza Burcu Büşra Caner Cansu Cemal Ceren Cevdet Çağlar Çağatay Damla Deniz
Derya Dilek Duygu Ebru Ece Efe Elif Emel Emrah Engin Erdem Eren Ergün Erkan Erol Ertan Esat Esin
Ezgi Faruk Feridun Filiz Fuat Gamze Gizem Gökay Gökçe Gokhan Göksel Gönül Gülşen Gürsel Hakkı Halil
Haluk Hande Hülya Hüsnü İlker İpek İrem İzzet Kaan Kadir Kazım Kerem Koray Kübra Levent Mahmut
Meltem Merve Mert Metin Mithat Muammer Muharrem Muhammet Mümtaz Nazım Necati Necdet Neslihan Nesrin
Nihal Nilüfer Nurettin Oğuz Oğuzhan Okan Onur Osman Ozan Pelin Pınar Rabia Rıza Rüştü Sedat Selim
Selin Semih Serkan Sevda Sezen Sibel Sinan Sinem Suat Süreyya Şahin Şenol Taner Tarık Tayfun Tolga
Tuğba Tuğçe Uğur Ulaş Umut Vedat Volkan Yakup Yalçın Yasin Yıldız Yücel Zafer Zeki Cenk Hamit Tugay
Alpay Gökdeniz Merih Hidayet İlkay Orkun Altay Uğurcan Servet Yasemin Ebrar Zehra Eda Naz Meryem
Pervin Figen Sezai Temel Nureddin Bekir Naci Zeynel Nazlı Sakine Hatip Asya Baran Dilan Sherwan
Soran Hawar Hoshyar
# --- Caucasus: Chechen, Dagestani, Georgian, Armenian, Azerbaijani ----------
Aslan Shamil Zelimkhan Doku Arbi Daud Khamzat Musa Zaurbek Khabib Zabit Abdulrashid Nurmagomed Usman
Soslan Ibragim Gadzhi Zaur Kazbek Akhmed Anzor Mikheil Giorgi Gia Bidzina Levan Tengiz Ketevan
Khatia Zviad Shalva Otar Nikoloz Nodar Teimuraz Vakhtang Mamuka Kakha Kakhaber Grigol Lasha Luka
Merab Revaz Gela Elene Manana Eka Tinatin Natia Khvicha Shota Jaba Tornike Guram Archil Beka Vano
Temur Nugzar Zaza Avtandil Badri Nikol Serzh Levon Ararat Armen Aram Ashot Hayk Hrant Hovhannes
Vazgen Tigran Vahagn Vahe Vardan Gagik Samvel Sargis Sarkis Andranik Arman Armine Anahit Lusine
Gayane Hasmik Nairi Narek Mher Mikayel Nerses Seyran Suren Tatevik Anush Grigor Gevorg Ara Sona
Arshak Arzu Tofig Rovshan Vugar Elnur Elchin Elshad Elvin Emin Eldar Fariz Gunel Gulnar Huseyn Javid
Khadija Mahir Mammad Nigar Nijat Orkhan Rauf Rasim Seymur Tural Vusal Aynur Aytan Aysel Nargiz
Sevinj Shahin Teymur Togrul Ayaz Ziya Jalil Anar
Beslan
# --- Central Asian: Kazakh, Uzbek, Kyrgyz, Tajik, Turkmen -------------------
Bakhytzhan Daniyar Dauren Dimash Erlan Kanat Nurlan Olzhas Rakhat Serik Yerzhan Aigerim Aizhan Ainur
Assel Aruzhan Gulmira Madina Nazgul Saule Saltanat Zarina Alibek Almas Almaz Askhat Azamat Baurzhan
Bolat Diyar Nurbek Nurzhan Samat Sanzhar Talgat Temirlan Ulan Yerbol Alikhan Anvar Azizbek Bakhodir
Dilshod Eldor Erkin Farhod Farrukh Jamshid Jasur Nodir Nodirbek Odil Otabek Ravshan Sanjar Sardor
Sherzod Shukhrat Sukhrob Ulugbek Umid Zafar Dilnoza Feruza Malika Nilufar Sevara Bakhtiyar Oybek
Bahodir Davlat Firuz Mirzo Nuriddin Rahmon Manuchehr Kamchybek Akylbek Temir Omurbek Aigul Asel
Bermet Cholpon Elmira Nurgul Aida Aibek Bakyt Chingiz Rahim Kerim
Rahat
# --- Arabic (with common transliterations) ----------------------------------
Abbas Abd Abdel Abdelaziz Abdelfattah Abdelhamid Abdelilah Abdelkader Abdelkarim Abdellah
Abdelmadjid Abdelmajid Abdelrahman Abdul Abdulaziz Abdulhamid Abdulkarim Abdullah Abdullahi
Abdulla Abdulrahman Abdulmalik Abdulsalam Abdurrahman Adel Adil Adnan Afif Ahmad Ahmed
Aisha Aiman Akram Ala Alaa Ali Amal Amer Amin Amina Amine Amir Amira Ammar Amr Anas Anwar
Aref Ashraf Asma Atef Ayman Aziz Badr Bahaa Bakr Bandar Basel Bashar Bashir Basil Bassam
Bassem Bilal Boutros Burhan Dalia Emad Essam Faisal Faiz Farah Fares Farid Faris Farouk Fathi
Fatima Fawaz Fawzi Fayez Fuad Ghassan Ghazi Habib Hadi Haidar Haider Haitham Hakim Hamad
Hamada Hamdan Hamdi Hamed Hamid Hamza Hanan Hani Hanna Haroun Harun Hashem Hashim Hassan
Hatem Haytham Hazem Hesham Hilal Hind Hisham Hosni Hossam Hussain Hussam Hussein Ibrahim
Idris Ihab Imad Iman Isa Ismail Issa Iyad Jaber Jafar Jalal Jamal Jamil Jasim Jassim Jawad
Jibril Kamal Kamel Karam Karim Khaled Khalid Khalifa Khalil Labib Laila Latifa Layla
Lina Lubna Mahdi Maher Mahmoud Mahmud Majid Majed Malak Malek Mamdouh Mansour Marwan Maryam
Marwa Mazen Mohamed Mohammad Mohammed Mohamad Mohsen Moncef Mostafa Mounir Moussa Muammar Muhammad
Muhammed Muhammadu Munir Mustafa Mustapha Muqtada Nabil Nabih Nada Nadia Naguib Naif Najib
Najla Naji Nasser Nasrallah Nawaf Nawal Nayef Nazih Nizar Noor Nour Nouri Nuri Omar Osama
Qais Qasim Qassem Rabih Rafik Rafiq Rached Rashid Rashed Rami Ramzi Rania Rashad Rasha Raed
Riad Riyad Ridha Rima Saad Sabah Sabri Saddam Sadiq Saeb Saeed Safwat Said Saif Saleh Salem
Salim Salma Salman Sameh Sami Samia Samir Samira Sara Sayed Sayyed Shadi Shafik Shaker Sharif
Sherif Shukri Sultan Suleiman Suhail Tahani Taher Tahir Talal Tamer Tamim Tarek Tareq Tariq
Taha Tawfik Tayeb Thamer Turki Usama Wael Walid Waleed Wafa Yahya Yasser Yasir Yassin Yazid
Youssef Yousef Yusuf Zakaria Zayed Zaid Zeid Zuhair Ziad Zahra Zainab Zeinab Moammar
Mahmoud Ismail Haniyeh Yahya Sinwar Khaled Meshaal Mousa Abu Marzouk Saleh Arouri Mohammed
Deif Marwan Barghouti Hussein Sheikh Jibril Rajoub Rami Hamdallah Mohammad Shtayyeh Nabil
Riyad Mansour Hanan Ashrawi Saeb Erekat Naim Qassem Hassan Nasrallah Hashem Safieddine Nabih
Berri Najib Mikati Saad Hariri Michel Aoun Joseph Aoun Nawaf Salam Gebran Bassil Samir Geagea
Walid Jumblatt Bashar Asma Maher Rifaat Hafez Faisal Mekdad Walid Muallem Ahmed Sharaa Abu
Mohammed Jolani Asaad Shaibani Murhaf Anas Khattab Mazloum Abdi Ilham Ahmed Nouri Maliki Haider
Abadi Adil Abdul-Mahdi Mustafa Kadhimi Mohammed Shia Sudani Abdul Latif Rashid Barham Salih
Fuad Hussein Masoud Barzani Nechirvan Masrour Bafel Talabani Qubad Muqtada Sadr Hadi Amiri
Qais Khazali Abu Mahdi Muhandis Ammar Hakim Ali Sistani Salman Mohammed bin Abdulaziz Faisal
Farhan Adel Jubeir Khalid Abdulaziz Turki Alwaleed Tamim Hamad Jassim Majed Ansari Mohammed
Abdulrahman Khalifa Zayed Mansour Tahnoun Abdullah Anwar Gargash Hamdan Maktoum Salman Haitham
Tarik Qaboos Badr Busaidi Yusuf Alawi Mishal Nawaf Sabah Ahmad Jaber Abdullah Rania Hussein
Ayman Safadi Bisher Khasawneh Jafar Hassan Abdel Fattah Sisi Mostafa Madbouly Sameh Shoukry Badr
Abdelatty Hosni Mubarak Gamal Alaa Mohamed Morsi Anwar Sadat Gamal Abdel Nasser Amr Moussa
Ahmed Aboul Gheit Kais Saied Rached Ghannouchi Beji Caid Essebsi Abdelmadjid Tebboune Abdelaziz
Bouteflika Mohammed Nasser Bourita Saad-Eddine Othmani Aziz Akhannouch Khalifa Haftar Saddam
Fayez Sarraj Abdul Hamid Dbeibah Mohamed Menfi Aguila Saleh Saif Gaddafi Muammar Abdel Fattah
Burhan Mohamed Hamdan Dagalo Hemedti Abdalla Hamdok Omar Bashir Kamil Idris Malik Agar Yasser
Atta Minni Minnawi Abdel Wahid Abdelaziz Hilu Salva Kiir Riek Machar Hassan Sheikh Mohamud
Mohamed Abdullahi Farmajo Hamza Barre Muse Bihi Abdirahman Cirro Ismail Omar Guelleh Isaias
Abiy Ahmed Debretsion Gebremichael Getachew Reda
# --- Arabic, more: Levant, Gulf, Egypt, Sudan, Maghreb, Yemen ---------------
Abdou Abdallah Abdelhak Abdelkrim Abdellatif Abderrahim Abderrahmane Abdessalam Abdelwahab
Abdelhakim Abdelghani Abdeljalil Abdelali Abdelbasset Abdelhadi Abdelnasser Abdelrahim Abdelwahid
Abdessamad Abdulrahim Abdulwahab Abdullatif Abdulhadi Abdulqader Abdulhakim Abdulkadir Abdulwahid
Abdulnasser Abdulrazzaq Abdulbaset Abdulmajeed Abdulmajid Abdulilah Abdulqadir Abdel-Fattah
Abdel-Rahman Abdel-Aziz Abdel-Hamid Abdel-Karim Abdel-Malek Abdel-Qader Abdel-Nasser Abdel-Halim
Abdel-Latif Abdel-Moneim Abdel-Wahab Abdel-Salam Abdel-Majid Abdel-Rahim Abdel-Basset Abdel-Hakim
Abdel-Ghani Abdul-Rahman Abdul-Aziz Abdul-Karim Abdul-Hamid Abdul-Latif Abdul-Hadi Abdul-Jabbar
Abdul-Wahab Abdul-Malik Abdul-Qader Abdul-Razzaq Abdul-Salam Abdul-Hussein Abdul-Ghani Abeer Abir
Abla Achraf Adham Adib Adly Ahlam Ahed Aidarous Alia Aliaa Aly Amani Amjad Anouar Antar Arwa Asmaa
Atallah Awad Ayad Ayat Ayoub Ayyub Azmi Azza Azzam Azzedine Baha Bakri Basem Basim Basma Bassel
Bayan Boualem Bouthaina Buthaina Brahim Chadi Chadli Chafik Chakib Dalal Diaa Dima Driss Eman Emile
Enas Ezzat Ezzedine Ezzeddine Fadel Fadi Fadwa Fahad Fahd Fahed Fahmi Faiza Falih Farida Fathy
Fatiha Fawzia Fayçal Fayssal Feras Fethi Firas Fouad Fouzi Galal Ghada Ghaith Ghaleb Ghanem Hafsa
Hajar Hakima Hala Halima Hamzah Hanaa Haneen Hanin Hany Harith Hassiba Haya Hayat Hazim Hazza Heba
Helmy Hiba Hicham Hichem Hikmat Hilmi Hoda Hosny Houda Houssam Houssem Huda Humaid Husam Ibtisam
Ikram Imane Iskandar Issam Izzat Jaafar Jamel Jamila Jaouad Jawaher Joumana Jumana Kadhim Karima
Kassem Kawthar Khaldoon Khaldoun Khalfan Khamis Lahcen Lakhdar Lamia Larbi Lotfi Loubna Loujain
Lujain Lutfi Magdy Majdi Majida Mamoun Manal Maram Marwane Marzouq Maysoon Medhat Mervat Mishaal
Moataz Mohanad Mohannad Moez Moqtada Motaz Mouna Mourad Moza Mozah Muhannad Muna Muqrin Murad
Mutasim Mutaz Nabeel Nabila Nadim Nafie Naima Najeeb Najah Najwa Nasri Nayla Nermine Nesrine Nidal
Nisreen Nouf Noura Noureddine Obaid Omran Othman Oussama Qusay Radhi Radwan Rafic Rajab Ramy Randa
Razan Redouane Reem Reema Refaat Rida Ridwan Ruba Rula Rushdi Sadek Saadeddine Safa Safaa Safwan
Sahar Salaheddine Salaheddin Salwa Samah Samar Samer Saud Sawsan Shaimaa Shakib Shawki Shawky
Sherine Siham Slimane Sofiane Soliman Souad Soufiane Sufian Suha Sulaiman Sulayman Taoufik Tarak
Tawakkol Tawfiq Uday Wafaa Warda Wassim Wasim Yacine Yasmin Yasmina Yasmine Yazan Yazeed Yehia
Younis Younès Yousra Yunis Yusra Zahi Zakariya Zaki Zeina Zohra Abdrabbuh Maeen Elfatih Elnour
Eltayeb Gibril Siddig Elie Charbel Maroun Tammam Ziyad Ragheb Fairuz Elissa Moaz Luna Ra'ad Almoez
Sofyan Noussair Yassine Rabah Ismaël Djamel Ons Wahbi Elyes Zine
# --- Persian, Afghan, Kurdish -------------------------------------------------
Abbas Abdolrahim Abolfazl Afshin Ahmad Akbar Ali Alireza Amir Amir-Abdollahian Ardeshir
Ashraf Ayatollah Azadeh Babak Bahram Behrouz Bijan Dariush Davoud Ebrahim Esmaeil Esmail
Farhad Fariba Farzad Fatemeh Faezeh Ghasem Gholam Gholamali Gholamhossein Golnar Hamid
Hassan Hesameddin Hossein Jalal Javad Kamran Kaveh Kazem Keyvan Kourosh Leila Mahmoud Mahsa
Majid Manouchehr Masoud Massoud Mehdi Mehrdad Mir-Hossein Mohammad-Bagher Mohammad-Javad
Mojtaba Morteza Narges Nasrin Nader Navid Nazanin Omid Parviz Payam Qasem Ramin Reza Rouhollah
Saeed Sadegh Sadeq Salar Shirin Shahram Siavash Sohrab Soheil Yahya Zahra Ebrahim Raisi
Hassan Rouhani Mohammad Khatami Akbar Hashemi Rafsanjani Ali Khamenei Mojtaba Javad Zarif
Abbas Araghchi Hossein Amir-Abdollahian Masoud Pezeshkian Mohammad Reza Aref Mohammad
Bagher Ghalibaf Ali Larijani Saeed Jalili Ali Shamkhani Ali Akbar Ahmadian Qasem Soleimani
Esmail Qaani Hossein Salami Mohammad Pakpour Amir Ali Hajizadeh Mohammad Bagheri Abdolrahim
Mousavi Aziz Nasirzadeh Mohammad Eslami Rafael Grossi Ali Akbar Salehi Gholamhossein
Mohseni-Ejei Narges Mohammadi Mahsa Amini Nasrin Sotoudeh Reza Pahlavi Hamid Karzai Ashraf
Ghani Abdullah Abdullah Haibatullah Akhundzada Hibatullah Mullah Omar Abdul Ghani Baradar
Sirajuddin Haqqani Amir Khan Muttaqi Zabihullah Mujahid Suhail Shaheen Mohammad Hasan
Akhund Yaqoob Ahmad Massoud Amrullah Saleh Gulbuddin Hekmatyar Atta Noor Abdul Rashid Dostum
Rahmatullah Nabil Hamdullah Mohib Zalmay Khalilzad Ahmad Shah Burhanuddin Rabbani Salahuddin
Najibullah Mullah Akhtar Mansour Hafiz Saeed Masood Azhar Baitullah Mehsud Hakimullah Noor
Wali Mehsud Fazlullah Ayman Zawahiri Osama Laden Abu Bakr Baghdadi Abu Musab Zarqawi Anwar
Awlaki Khalid Sheikh Nasir Wuhayshi Abdelmalek Droukdel Iyad Ag Ghaly Amadou Koufa Abubakar
Shekau Abu Musab Barnawi Ahmed Diriye Abu Ubaidah Abdirahman Abukar Hasan Dahir Aweys
Mazloum Kobani Salih Muslim Cemil Bayik Murat Karayilan Abdullah Ocalan Duran Kalkan
Mustafa Karasu Bese Hozat Besê Ilham Saleh Muslim Nechirvan Barzani Masrour Kosrat Rasul
# --- Persian and Afghan, more -----------------------------------------------
Abdollah Afsaneh Ahmadreza Ali-Akbar Aliakbar Amirhossein Amirali Arash Arya Arsalan Asghar Ashkan
Bahman Behnaz Behnam Behzad Bita Darioush Davood Ehsan Elham Faramarz Farshad Farshid Fereydoun
Ghazal Gholamreza Hamidreza Homa Iraj Khosrow Kianoush Laleh Ladan Masih Mehran Milad Mitra
Mohammadali Mohammadreza Mohammad-Reza Nahid Naser Nasim Negar Nima Niloufar Parisa Parvin Peyman
Rahmat Roya Ruhollah Saeid Sajjad Samad Sepideh Shahab Shahla Yaser Mohammad-Ali Mohammad-Baqer
Ali-Asghar Ali-Reza Mohammad-Mehdi Eshaq Elnaz Kimia Rasoul Payman Ajmal Amanullah Asadullah
Azizullah Dawood Fahim Habibullah Hamidullah Haroon Hikmatullah Jalaluddin Jamaluddin Malala Mansoor
Mirwais Mohibullah Nasrullah Saifullah Samiullah Shafiq Shamsuddin Sibghatullah Waheed Yaqub Zahir
Zakir Zalmai Zubair Sarwar Hanif Fazel Nabi Rahmanullah Hashmatullah Naveen-ul-Haq Fazalhaq
# --- Hebrew / Israeli ----------------------------------------------------------
Aharon Amir Amos Ariel Arieh Aryeh Avi Avichai Avigdor Aviv Avraham Ayelet Bezalel Benny
Benjamin Boaz Chaim Dan Daniel Danny David Dov Eli Eliezer Eliyahu Ehud Eitan Eyal Ezer
Gabi Gadi Gal Gideon Gilad Gila Golda Haim Herzi Idan Itamar Itzhak Isaac Yitzhak Yitzchak
Mickey Miri Moshe Naftali Nir Ofer Ofir Orit Oded Omer Reuven Ronen Ruth Sa'ar Shaul Shai
Shelly Shimon Shlomo Tal Tamar Tzachi Tzipi Uri Uzi Yair Yaakov Yael Yehuda Yisrael Yoav
Yoel Yossi Yuli Zeev Ze'ev Zvi Tzvi Meir Menachem Merav Michal Miki Orly Pnina Sharren Shas
Benny Gantz Yair Lapid Naftali Bennett Avigdor Lieberman Bezalel Smotrich Itamar Ben-Gvir
Yoav Gallant Israel Katz Gideon Saar Ron Dermer Tzachi Hanegbi Herzi Halevi Eyal Zamir
David Barnea Ronen Bar Isaac Herzog Reuven Rivlin Shimon Peres Yitzhak Rabin Ariel Sharon
Ehud Olmert Ehud Barak Tzipi Livni Miri Regev Yariv Levin Dudi Amsalem Aryeh Deri Yuli
Edelstein Amir Ohana Gadi Eisenkot Avi Dichter Nir Barkat Eli Cohen Ofir Akunis Danny Danon
Gilad Erdan Yechiel Leiter Hagari Daniel Hagari Avichay Adraee Oded Basiuk Yossi Cohen Tamir
Pardo Meir Dagan Ami Ayalon Yaakov Amidror Uzi Arad Moshe Yaalon Benny Begin Menachem Begin
Golda Meir Moshe Dayan Levi Eshkol Yigal Allon
# --- Hebrew / Israeli, more -------------------------------------------------
Adi Alon Amichai Amnon Anat Assaf Asaf Avital Aviva Avner Dorit Efrat Efraim Elad Eldad Elazar
Gershon Hadas Ilan Inbal Itai Itay Keren Kobi Maor Mordechai Nadav Natan Noa Noam Omri Oren Ori Rafi
Rina Ronit Roni Rotem Sagi Shani Shira Shmuel Tomer Yaniv Yehoshua Yonatan Yoram Yosef Yuval Zohar
Sivan Yoni Bibi Doron Agam Liri Naama Hersh Yarden Nimrod Romi Ohad Avera Shiri Kfir Hadar Oron
Almog
# --- South Asian ------------------------------------------------------------
Aamir Aarav Abhay Abhijit Abhishek Aditya Ajay Ajit Akhilesh Akshay Alok Amar Amarinder
Amit Amitabh Amrit Anand Anant Anil Anupam Anurag Arjun Arun Arvind Ashish Ashok Ashwini
Atal Atul Ayush Balbir Bhagwant Bhupendra Chandra Chandrababu Chetan Deepak Devendra
Dharmendra Dhruv Digvijay Dinesh Gautam Girish Gopal Gurpreet Harish Harsh Harshvardhan
Hemant Himanta Hardeep Indira Jagdeep Jairam Jaishankar Jitendra Jyotiraditya Kailash Kamal
Kapil Karan Kavita Kiran Kiren Krishna Kumar Lalu Lalit Mallikarjun Mamata Manish Manmohan
Manohar Mayawati Meenakshi Mohan Mukesh Mukul Murli Nand Narendra Naveen Navjot Nirmala
Nitin Nitish Om Omar Pankaj Piyush Pralhad Pranab Prakash Prashant Pratibha Praveen Priyanka
Pushkar Rahul Raj Rajiv Rajnath Rajesh Rakesh Ram Ramesh Ramnath Ranjan Ratan Ravi Ravindra
Revanth Rohit Sachin Sadhguru Sanjay Santosh Sarbananda Satish Satya Shashi Shivraj Shyam
Siddaramaiah Smriti Sonia Subrahmanyam Subramanian Sudhir Sukhbir Sunil Supriya Suresh Sushil
Sushma Swaraj Tejashwi Uddhav Udhayakumar Umar Upendra Uttam Varun Venkaiah Vijay Vikram
Vinay Vinod Virat Vishal Vivek Yashwant Yogi Yogendra Zubin Droupadi Jagdeep Rajnath
Amit Nirmala Subrahmanyam Ajit Doval Piyush Ashwini Kiren Dharmendra Jyotiraditya Hardeep
Gautam Mukesh Anil Ratan Nandan Azim Sundar Satya Shantanu Arvind Indra Ajay Vinod
Shehbaz Nawaz Imran Maryam Bilawal Asif Ali Zardari Benazir Zulfikar Pervez Musharraf Raheel
Qamar Javed Bajwa Asim Munir Faiz Hameed Ishaq Dar Khawaja Ahsan Iqbal Shah Mahmood Qureshi
Fawad Chaudhry Sheikh Rashid Shireen Mazari Hina Rabbani Khar Arif Alvi Mamnoon Yousaf Raza
Gilani Anwaar-ul-Haq Kakar Shahid Khaqan Abbasi Mohsin Naqvi Rana Sanaullah Aleem Azam Tarar
Altaf Hussain Fazlur Rehman Sirajul Haq Maulana Hafiz Naeem Zia Ayub Yahya Liaquat Jinnah
Sheikh Hasina Khaleda Zia Tarique Rahman Muhammad Yunus Mirza Fakhrul Islam Alamgir Obaidul
Quader Sajeeb Wazed Joy Saima Abdul Hamid Mohammed Shahabuddin Ranil Wickremesinghe Gotabaya
Mahinda Basil Namal Rajapaksa Anura Kumara Dissanayake Sajith Premadasa Maithripala Sirisena
Chandrika Harini Amarasuriya Pushpa Kamal Dahal Prachanda Khadga Prasad Sharma Oli Sher Bahadur
Deuba Ram Chandra Paudel Bidhya Devi Bhandari Baburam Bhattarai Madhav Kumar Nepal Tshering
Tobgay Lotay Jigme Khesar Namgyel Wangchuck Ibrahim Mohamed Muizzu Solih Nasheed Abdulla
Yameen Maumoon Gayoom
# --- South Asian, more: India, Pakistan, Bangladesh, Sri Lanka, Nepal -------
Aakash Aamer Aaqib Aasif Abhinav Abid Aftab Aishwarya Ajinkya Akash Amartya Amrita Anandiben Ananya
Anjali Anjum Ankit Ankita Anupama Anushka Aqib Aravind Aravinda Arijit Arshad Arshdeep Arundhati
Aruna Asha Ashfaq Atif Avinash Avishka Awais Ayesha Azharuddin Babar Babul Bala Balaji Baldev
Bhaskar Bhuvneshwar Bhupesh Chaminda Chandrasekhar Chandrashekhar Charith Cheteshwar Chirag Dasun
Deepika Deepti Devika Dhananjaya Dilip Dilshan Dimuth Divya Dushmantha Faheem Fakhar Farooq Farhat
Fazal Gaurav Geeta Geetha Ghulam Govind Gulzar Harbhajan Harmanpreet Harpreet Hashan Hema Humayun
Ijaz Iftikhar Imtiaz Inzamam Irfan Ishan Ishant Jagan Jasprit Javagal Jaya Jayalalithaa Jayant Jyoti
Kajol Kalpana Kanhaiya Karun Kashif Kaushik Khurram Kishore Kuldeep Kunal Kusal Lakshmi Lalith
Lasith Laxman Liton Madhuri Mahela Mahendra Mahesh Mahmudullah Manoj Marvan Mashrafe Mayank Meena
Mehidy Mehbooba Misbah Mithali Mohinder Moin Mudassar Mumtaz Murali Mushfiqur Mushtaq Mustafizur
Muttiah Nadeem Nandini Naresh Narayan Nayanthara Neeraj Neha Nikhil Nisar Nusrat Pallavi Parthiv
Parveen Pathum Pawan Poonam Pooja Pradeep Pramod Pranav Prasanna Preeti Prem Prithvi Rabindranath
Radha Raghav Rajeev Rajendra Rajinikanth Rajkumar Rameez Ranbir Rangana Ranveer Rashmi Ravichandran
Rekha Renuka Reshma Riaz Rishabh Rizwan Romesh Roshan Rumana Sadia Sahil Sakshi Sandeep Sanju
Saqlain Saqib Sarfaraz Sarfraz Saurabh Saurav Seema Shahnawaz Shahzad Shakeel Shamim Sharad Sharmila
Shashank Shekhar Shikhar Shilpa Shivam Shoaib Shreyas Shubman Siddharth Simran Sindhu Smita Sneha
Sohail Somdev Sonali Sourav Sreesanth Srikanth Srinivas Subhash Sudha Suhas Sumit Sunita Suraj Surya
Suryakumar Sushant Swati Tanvir Taskin Tejas Thilan Umesh Upul Usha Uzma Vaibhav Vandana Varsha
Venkatesh Vidya Vijaya Vijender Vikas Virender Waqar Yashasvi Yousuf Yuvraj Yuzvendra Zaheer Zeeshan
Qadir Wahab Razzaq Saleem Basit Hafeez Imam-ul-Haq Shadab Junaid Misbah-ul-Haq Inzamam-ul-Haq
Jahangir Jansher Shahbaz Hardik Siraj Axar Shardul Krunal Wriddhiman Karthik Srinath Raju Vishwanath
Bishan Jemimah Shafali Richa Saina Lakshya Gopichand Milkha Anju Yogeshwar Vinesh Bajrang Mirabai
Lovlina Nikhat Zareen Sania Rohan Viswanathan Praggnanandhaa Gukesh Dhanraj Baichung Anirban Aditi
Dipika Hrithik Katrina Kareena Karisma Kangana Sridevi Shabana Nargis Juhi Preity Raveena Sonakshi
Shraddha Kriti Taapsee Janhvi Kiara Bhumi Yami Nushrat Radhika Irrfan Nawazuddin Rajkummar Ayushmann
Sidharth Kartik Sooraj Satyajit Mohanlal Mammootty Chiranjeevi Prabhas Nagarjuna Ajith Suriya
Dhanush Prithviraj Shankar Arjuna Sanath Wanindu Sirimavo Lakshman Mangala Habibul Aminul Ziaur
Mujibur Tajuddin Farzana Nasreen Taslima Girija Gyanendra Birendra Dipendra Paras Anish Bishnu Sonam
Pema Tenzin Lobsang Sangay Namgyal Tashi Norbu
# --- Chinese, Taiwanese, Hong Kong given names as news writes them ----------
Jinping Keqiang Qiang Yi Wenjiabao Jiabao Jintao Zemin Xiaoping Zedong Enlai Shaoqi Peng Lijuan
Qishan Yang Jiechi Huning Zhao Leji Dingxiang Xiang Yang Yuzhen Xuexiang Yongkang Bo Xilai
Lifeng He Zheng Shanjie Wenhua Wentao Jun Lijian Wenbin Ning Chunying Kang Hua Dong Yuhuan
Zhongwei Junmin Xiaoguang Qiliang Zhaoxu Shangfu Jun Yaoqing Kai Xiangdong Weidong Wei
Xiaogang Xiaoming Xiaoping Xiaolin Xiaoyu Yiming Yun Zhengfei Wanzhou Ming Hui Jian Jie
Ping Lei Bin Bo Gang Hong Hao Lin Lan Li Ling Mei Na Qing Tao Ting Xin Yan Ying Yong Yu Zhen
Zhi Chao Cheng Feng Fang Guang Hai Jing Jun Kun Liang Long Min Nan Rui Shan Song Wen Xia
Xuan Yang Yuan Yue Zhong Jiang Kang Huiyao Ruogu Chao Guoqiang Zhanshu Yuzheng Jianguo
Ing-wen Ching-te Ma Ying-jeou Chen Shui-bian Lee Teng-hui Hou You-yi Ko Wen-je Han Kuo-yu
Eric Chu Li-luan Hsiao Bi-khim Cho Jung-tai Lai Ching-te Lin Chia-lung Wellington Koo Joseph
Wu Chiu Kuo-cheng Carrie Lam John Lee Regina Ip Joshua Wong Nathan Law Agnes Chow Jimmy Lai
Martin Lee Leung Chun-ying Donald Tsang Tung Chee-hwa Eddie Yue Paul Chan
# --- Chinese, more (two-syllable only; Hong Kong, Taiwan hyphenated) --------
Yaping Junxia Jingjing Mingxia Ziyi Yimou Kaige Bingbing Xiaobo Weiwei Jingsheng Guangcheng Zhiyong
Zhisheng Zilin Jianlian Zhizhi Shiwen Zhendong Guoliang Linghui Liqin Jike Haifeng Yunlei Qinwen
Tiantian Yunxia Junren Huina Lijiao Bingtian Jianhua Minxia Hongchan Xiaopeng Haidong Jihai Linpeng
Zhiyi Junhui Xintong Yihan Bingtao Wenbo Yaobang Ziyang Guofeng Xiannian Shangkun Ruihuan Bangguo
Qinglin Qinghong Zhongxun Lijun Kailai Jihua Caihou Boxiong Zhengcai Hongzhong Quanguo Youxia Fenghe
Wanquan Changlong Yazhou Xiaotian Chunhua Chunlan Yandong Jieyi Tiankai Zhenhua Lanqing Zhaoguo
Huateng Yanhong Jianlin Jiayin Chuanfu Yuqun Chuanzhi Yuanqing Qinghou Shanshan Xiangjian Dewang
Qiangdong Rongji Xiaochuan Shuqing Jiwei Bingguo Jiaxuan Zhaoxing Qichen Gongsheng Yuanchao Ka-shing
Shau-kee Yu-tung Ka-yan Yuet-ngor Ka-chiu Ping-keung Chi-fung Chiu-wai Kar-wai Yun-fat Kai-shek
Ching-kuo Tseng-chang Shyi-kun Hsiu-lien Chu-yu Wan-an Chien-jen Kuo-chang Jin-pyng Tai-ming
Chu-ming Chee-ying Yiu-ting Ying-yen Yam-kuen On-sang Chien-ming Chao-hsieh Chung-mou Su-mei
Chang-ting
Jining Yining Jinhua Handan
# --- Japanese --------------------------------------------------------------
Akie Akihiro Akihito Akira Aiko Ayako Chie Daisuke Eisaku Fumio Fumihito Fumiko Haruhiko
Haruki Hayato Hideki Hideo Hirofumi Hirokazu Hiroki Hiromi Hironori Hiroshi Hiroyuki Hisashi
Ichiro Itsunori Junichiro Junko Kakuei Kanako Katsunobu Katsuya Kazuhiro Kazuo Kazuyuki Keiko
Keiji Keisuke Ken Kenichi Kenji Kentaro Kiichi Kiyoshi Koichi Koji Kunio Makiko Mako Mamoru
Manabu Masahiro Masako Masaru Masato Masayoshi Masayuki Michiko Minoru Mitsuo Naoki Naoto
Naruhito Nobuo Nobuyuki Noriko Osamu Renho Ryo Ryota Ryutaro Sanae Satoshi Seiko Seiji Shigeru
Shinjiro Shinzo Shintaro Shunichi Sho Shohei Taro Takashi Takeshi Takuya Tamotsu Tetsuo Tomomi
Toru Toshihiro Toshimitsu Yasuhiro Yasukazu Yasuo Yoko Yoichi Yoshihide Yoshihiko Yoshimasa
Yoshiro Yuichiro Yukio Yuko Yuriko Yuki Yukiko Yutaka Takeo Takako Hirohito Hisako Koike
Toshiaki Gen Kishida Ishiba Shigeru Takaichi Sanae Katsunobu Kato Takeshi Iwaya Yoko Kamikawa
Minoru Kihara Gen Nakatani Yoshimasa Hayashi Taro Kono Toshimitsu Motegi Kazuo Ueda Haruhiko
Kuroda Masayoshi Son Akio Toyoda Tadashi Yanai Hiroshi Mikitani Koichi Hagiuda Shinjiro
Koizumi Yoshihide Suga Naoto Kan Yukio Hatoyama Yoshihiko Noda Tomiichi Tetsuya Takayuki Yuka
# --- Japanese, more ---------------------------------------------------------
Akiko Akemi Arata Asuka Atsushi Atsuko Ayaka Ayumi Chiaki Chihiro Daichi Daiki Daiya Emi Eri Eriko
Fumiaki Goro Hajime Haruka Haruna Haruto Hideaki Hidetoshi Hifumi Hikaru Hinako Hiroaki Hiroko
Hiromichi Hiroto Hisahito Hitomi Hitoshi Isao Jiro Junichi Junya Kaede Kaito Kaori Kaoru Kasumi
Katsumi Kazuki Kazuko Kazuma Kazunori Kazuyoshi Kenichiro Kenta Kiko Kimiko Kohei Koichiro Kosuke
Kotaro Kumiko Kyoko Makoto Mami Mariko Masaaki Masahiko Masami Masanori Masao Masashi Masatoshi
Masumi Mayumi Megumi Michio Midori Mikio Minako Misaki Mitsuru Miyu Mizuki Momoko Morihiro Munetaka
Naoko Naoya Natsuki Nobuhiro Nobuko Nobuteru Noboru Norio Reiko Rie Rika Rikako Riku Rin Ritsu Roki
Ryoko Ryosuke Ryuichi Ryoma Saki Sakura Satomi Saori Sayaka Seiya Shigeki Shingo Shinichi Shinji
Shoma Shuichi Shunsuke Shuzo Sosuke Sota Tadahiro Tadao Takahiro Takefusa Takehiro Takuma Takumi
Tatsuya Tetsuro Tomoko Tomoaki Tomohiro Tomoyuki Toshiki Toshiko Toshio Toshiyuki Tsutomu Tsuyoshi
Uta Wataru Yasushi Yohei Yoshiaki Yoshiko Yoshinobu Yoshio Yoshitaka Yoshiyuki Yosuke Yudai Yui
Yukari Yumi Yumiko Yusuke Yuta Yuto Yuzuru Keizo Nobusuke Konosuke Soichiro Toshihiko Sadaharu Hayao
Rei Isamu Kazuhiko Satoru Shinsuke Ryuji Tsubasa Aoi Kana Mai Maki Miyuki Moe Nao
# --- Korean ---------------------------------------------------------------
Jong-un Jong-il Il-sung Yo-jong Sol-ju Ju-ae Pyong-chol Chol-hae Jae-in Suk-yeol Jae-myung
Geun-hye Myung-bak Moo-hyun Dae-jung Young-sam Kun Ban Ki-moon Ki-moon Nak-yon Hong-nam
Chung-hee Doo-hwan Tae-woo Seung-man Kyung-wha Eui-yong Jin Park Jin Cho Tae-yul Tae-yong Han
Duck-soo Dong-hoon Hoon Kuk Sang-jin Jae-yong Kun-hee Byung-chul Chang-woo Jong-hyun
Hyun-jung Jae-sung Young-chul Ri Son-gwon Choe Son-hui Su-yong Kim Yong-chol Yong-ho Pak
Pong-ju Thae Yong-ho Hyon Song-wol Kim Yo-jong Kyu-hyun Kyung-ho Kyung-hee Hyun-woo Min-ho
Seung-hoon Sung-kim Won-sook In-ho Kyong-ae Ju-hyun Ji-hoon Ji-won Min-jun Min-seo Seo-yeon
Sung-jae Sun-woo Tae-hee Woo-jin Yeon-ah Yu-na Chul-soo Dong-kyu Hyun-soo Jae-hyun
# --- Korean, more (hyphenated) ----------------------------------------------
Sang-mok Sye-kyun Boo-kyum Kyo-ahn Cheol-soo Jun-seok Moon-soo Mi-ae Byung-se Joon-pyo Se-hoon
Won-soon Keon-hee Yong-nam Pyong-so Ryong-hae Tok-hun Song-thaek Jong-nam Kye-gwan Sok-ju Jong-chon
Kwang-chol Jae-ryong Yong-won Mong-koo Eui-sun Tae-won Kwang-mo Dong-bin Kyuk-ho Yang-ho Hyun-ah
Woo-choong Ju-yung Chan-wook Joon-ho Sang-soo Ki-duk Chang-dong Kang-ho Byung-hun Jung-jae Yuh-jung
Ji-hyun Ji-sung Heung-min Bum-kun Myung-bo Jung-hwan Young-pyo Ki-hyeon Kang-in Min-jae Hee-chan
Sung-yueng Chung-yong Chu-young Woo-young Gue-sung In-beom Se-ri In-bee Ji-yai Jin-young Sei-young
So-yeon In-gee Jeong-eun Na-yeon Yong-eun Kyung-ju Si-woo Joo-hyung Byeong-hun Soon-woo Hyung-taik
Chan-ho Shin-soo Hyun-jin Ha-seong Jung-hoo Jung-ho Seung-hwan Jong-oh Tae-hwan Sang-hyeok
Yeon-koung Se-dol Jung-kook Ji-min Tae-hyung Nam-joon Seok-jin Yoon-gi Ho-seok Ji-soo Min-ji Jae-won
Young-ho Ji-eun Sung-ho Jin-ho Dae-ho Seung-yeop Jae-ho
# --- Southeast Asian ----------------------------------------------------
Prayuth Prayut Yingluck Thaksin Paetongtarn Srettha Anutin Abhisit Pita Chuan Prawit Maha
Vajiralongkorn Sirikit Bhumibol Chan-ocha Thavisin Parnpree Hun Sen Manet Rainsy Kem Sokha Sar
Kheng Prak Sokhonn Aung San Suu Kyi Min Aung Hlaing Thein Sein Win Myint Soe Win Zaw Minn Tun
Htin Kyaw Duwa Lashi La Zin Mar Aung Myint Swe Than Shwe Khin Nyunt Joko Jokowi Widodo Prabowo
Subianto Gibran Rakabuming Megawati Sukarnoputri Susilo Bambang Yudhoyono Retno Marsudi Sugiono
Sri Mulyani Indrawati Luhut Anies Baswedan Ganjar Pranowo Mahfud Ma'ruf Amin Jusuf Kalla
Anwar Ibrahim Mahathir Mohamad Najib Razak Muhyiddin Yassin Ismail Sabri Yaakob Zahid Hamidi
Saifuddin Nasution Mohamad Hasan Rafizi Lee Hsien Loong Lawrence Wong Vivian Balakrishnan
Tharman Shanmugaratnam Halimah Yacob Kwan Ng Eng Hen Ferdinand Marcos Bongbong Imelda
Rodrigo Duterte Sara Benigno Aquino Gloria Macapagal Arroyo Corazon Gilberto Teodoro Enrique
Manalo Eduardo Año Leni Robredo Manny Pacquiao Jejomar Binay Bato Dela Rosa Risa Hontiveros
Nguyen Phu Trong Xuan Phuc Tan Dung Minh Chinh Pham To Lam Vo Van Thuong Luong Cuong Bui Thanh
Son Tran Duc Luong Tran Dai Quang Thongloun Sisoulith Sonexay Siphandone Bounnhang Vorachith
Xanana Gusmão José Ramos-Horta Taur Matan Ruak Mari Alkatiri Hassanal Bolkiah
# --- Filipino, Indonesian, Malaysian, Thai, more ----------------------------
Noynoy Ninoy Erap Imee Jinggoy Raffy Hidilyn Eumir Nesthy Paeng Nonito Efren Onyok Panfilo Aquilino
Hermogenes Delfin Teofilo Reynaldo Romulo Chiz Koko Nur Puan Budi Airlangga Erick Sandiaga Agus Ahok
Basuki Listyo Andika Amien Yasonna Zulkifli Muhaimin Hidayat Dedi Rizieq Hambali Susi Taufik Andi
Arief Bagus Bayu Dewi Dian Dimas Eko Fajar Fitri Hendra Intan Lestari Nyoman Putri Putu Ratna Rini
Siti Susanti Wahyu Wayan Ayu Nurul Izzah Azizah Rosmah Hishammuddin Khairy Saddiq Zafrul Azmin
Mukhriz Shanmugam Chadchart Thanathorn Piyabutr Sondhi Suthep Somchai Samak Surayud Chavalit Banharn
Chatichai Maris Natthaphong Rangsiman Sirikanya Parit Arnon Panusaya Netiwit Jatupat Chamlong
Suchinda Somsak Somkid Sihasak Suthida Sirindhorn Paradorn Ratchanok Kunlavut Ariya Chanathip
Teerasil Kiatisuk Apichatpong Phumtham Wissanu
# --- Sub-Saharan Africa ------------------------------------------------------
Abiy Adama Ahmed Akinwumi Akufo-Addo Alassane Alpha Amadou Amina Aminata Ange-Félix Assimi
Atiku Babajide Bahati Bola Boni Brice Bukola Cyril Denis Desire Désiré Dlamini Ellen Emmerson
Emmanuel Faure Félix Fumilayo Ghislaine Godfrey Godswill Goodluck Hage Hakainde Hichilema
Ibrahim Idriss Ismail Issoufou Jacob Jakaya John Joseph Julius Kagame Kenneth Kwame Kwesi
Lazarus Lungu Macky Mahamadou Mahamat Mamadi Mariam Moussa Muhammadu Mwai Mswati Nana Nangolo
Ngozi Nkosazana Nnamdi Nyusi Obiang Olusegun Oumar Patrice Paul Peter Pierre Rigobert Robert
Roch Salva Samia Sassou Saulos Seretse Sibusiso Sipho Teodoro Thabo Tinubu Uhuru Umaru Yahya
Yoweri Zuma Bassirou Diomaye Ousmane Sonko Macky Sall Abdoulaye Wade Alpha Condé Mamadi
Doumbouya Ibrahim Traoré Paul-Henri Damiba Roch Marc Christian Kaboré Assimi Goïta Abdoulaye
Diop Choguel Maïga Ibrahim Boubacar Keïta Mohamed Bazoum Abdourahamane Tiani Mahamadou
Issoufou Mahamat Idriss Déby Itno Succès Masra Faustin-Archange Touadéra Ali Bongo Ondimba
Brice Oligui Nguema Denis Sassou Nguesso Félix Tshisekedi Joseph Kabila Moïse Katumbi Martin
Fayulu Denis Mukwege Corneille Nangaa Sultani Makenga Bertrand Bisimwa Paul Kagame Évariste
Ndayishimiye Pierre Nkurunziza Yoweri Museveni Muhoozi Kainerugaba Robert Kyagulanyi Bobi Wine
William Ruto Raila Odinga Uhuru Kenyatta Rigathi Gachagua Kithure Kindiki Musalia Mudavadi
Samia Suluhu Hassan John Magufuli Tundu Lissu Hakainde Hichilema Edgar Lungu Lazarus Chakwera
Peter Mutharika Filipe Nyusi Daniel Chapo Venâncio Mondlane João Lourenço José Eduardo
Santos Emmerson Mnangagwa Constantino Chiwenga Robert Mugabe Grace Nelson Chamisa Cyril
Ramaphosa Jacob Zuma Thabo Mbeki Nelson Mandela Julius Malema John Steenhuisen Naledi Pandor
Ronald Lamola Paul Mashatile Mmusi Maimane Duma Boko Mokgweetsi Masisi Ian Khama Hage Geingob
Nangolo Mbumba Netumbo Nandi-Ndaitwah Mswati Andry Rajoelina Bola Tinubu Muhammadu Buhari
Goodluck Jonathan Olusegun Obasanjo Atiku Abubakar Peter Obi Kashim Shettima Yemi Osinbajo
Ngozi Okonjo-Iweala Nuhu Ribadu Nyesom Wike Akinwumi Adesina Aliko Dangote Nana Akufo-Addo
John Mahama Mahamudu Bawumia Alassane Ouattara Laurent Gbagbo Guillaume Soro Tidjane Thiam
George Weah Joseph Boakai Ellen Johnson Sirleaf Julius Maada Bio Ernest Bai Koroma Adama
Barrow Yahya Jammeh Umaro Sissoco Embaló Mohamed Ould Ghazouani Patrice Talon Faure Gnassingbé
Paul Biya Maurice Kamto Teodoro Obiang Nguema Mbasogo Teodorín Isaias Afwerki Sahle-Work
Zewde Taye Atske Selassie Debretsion Getachew Jawar Mohammed Hassan Sheikh Mohamud Hamza
Abdi Barre Abdirahman Mohamed Abdullahi Ismail Omar Guelleh Azali Assoumani Wavel Ramkalawan
Prithvirajsing Roopun Navin Ramgoolam Pravind Jugnauth Ulisses Correia Silva José Maria Neves
Carlos Vila Nova Kwame Nkrumah Jomo Kenyatta Haile Selassie Mobutu Sese Seko Idi Amin Milton
Obote Jean-Bédel Bokassa Thomas Sankara Blaise Compaoré Moussa Faki Mahamat Mahmoud Ali
Youssouf Akinwumi Adesina Amina Mohammed Tedros Adhanom Ghebreyesus Kofi Annan Boutros
Boutros-Ghali Chinua Wole Chimamanda Ngũgĩ Desmond Tutu Wangari Maathai Ken Saro-Wiwa Fela
Abebe Afolabi Ayodele Bamidele Chidi Chidubem Chike Chinedu Chinonso Chioma Chukwuma
Damilola Ebere Emeka Folake Funmilayo Ifeanyi Ikechukwu Kelechi Kunle Ngozi Nkechi Obinna
Olamide Olufemi Oluwaseun Oluwatobi Seun Temitope Tunde Uche Yemi Yetunde Adebayo Adewale
Kofi Kwabena Kwadwo Kwaku Kwasi Yaw Ama Abena Akosua Efua Esi Adwoa Akua Yaa Kojo Kobina
Thandiwe Thando Themba Thulani Sizwe Lindiwe Nomvula Nosiviwe Bheki Blade Gwede Zweli
Fikile Jeff Baleka Mosiuoa Ace Pravin Tito Enoch Barbara Lindiwe Nkosazana Aaron Motsoaledi
Wanjiku Wambui Njeri Kamau Mwangi Otieno Ochieng Odhiambo Kiprono Kipchoge Eliud Faith
Tendai Tatenda Farai Chipo Tsitsi Nyasha Rutendo Kudakwashe Blessing Kuda Fadzai Tinashe
Ousmane Mamadou Modibo Boubacar Cheikh Souleymane Seydou Youssou Aliou Sadio Fatou Awa Aïssata
Kadiatou Oumou Mariama Djénéba Fatoumata Dieudonné Jean-Pierre Jean-Baptiste Joséphine Aimé
Honoré Apollinaire Augustin Célestin Fidèle Gratien Innocent Jean-Bosco Juvénal Léonard
Valentin Évariste Cyprien Théoneste Protais
# --- East Africa: Kenya, Ethiopia, Eritrea, Somalia, Uganda, Tanzania, Rwanda ---
Brimin Conseslus Asbel Hyvin Lornah Tegla Linet Hellen Janeth Brigid Yobes Cosmas Kalonzo Wycliffe
Kipchumba Achieng Akinyi Atieno Adhiambo Awino Anyango Auma Wanjiru Nyambura Muthoni Wairimu Wangui
Nafula Nekesa Njoki Winfred Kenenisa Tirunesh Meseret Derartu Fatuma Berhane Genzebe Letesenbet
Gudaf Tigst Tigist Yomif Selemon Hagos Muktar Tamirat Tariku Sileshi Ayele Tsegaye Tilahun Feyisa
Tola Birhanu Tsegay Hailemariam Meles Mengistu Demeke Redwan Birtukan Berhanu Seyoum Tewodros Yared
Ermias Eskinder Bekele Dawit Yohannes Tekle Gebre Alemayehu Alemu Amanuel Asfaw Ayana Biniam Desta
Girma Kebede Mekonnen Mesfin Mulugeta Samson Tadesse Tesfaye Liya Selam Senait Zersenay Ghirmay Saba
Yemane Abdiweli Abdirashid Abdirizak Abdikarim Siad Hodan Faduma Hawa Idil Ayaan Mo Farmaajo Barkhad
Kizza Amama Mugisha Kassim Zitto Juma Baraka Imani Rashidi Victoire Félicien Anastase Faustin
Gervais Sylvestre Melchior Yolande Déogratias Immaculée Jeannette Espérance Taban
# --- West Africa: Nigeria, Ghana, Senegal, Mali, Burkina Faso, Guinea, Ivory Coast ---
Aminu Abba Yakubu Sani Shehu Garba Nasiru Aliyu Abdulsalami Rabiu Kabiru Hadiza Hauwa Binta Hafsat
Sadiya Dahiru Danjuma Tanko Yahaya Dauda Audu Abdulmumin Abdulrazaq Mamman Murtala Salisu Tijjani
Tukur Lawan Ahmadu Jibrin Zakari Adeola Ademola Adeyemi Adekunle Adetokunbo Adeyinka Abiodun
Abimbola Akinola Ayodeji Babatunde Bolaji Dapo Dayo Femi Folasade Folashade Funke Funmi Gbenga Idowu
Jide Kayode Kehinde Lanre Niyi Oladele Olajide Olanrewaju Olatunji Olawale Olayinka Oluwafemi
Olumide Olusola Rotimi Segun Seyi Shola Sola Taiwo Tayo Tobi Tolu Toyin Tosin Wale Yinka Adeniyi Ayo
Bisi Deji Dele Simi Sade Tokunbo Tunji Chiamaka Chidinma Chijioke Chika Chima Chinwe Chinyere
Chukwudi Chukwuemeka Ifeoma Ikenna Ijeoma Nkem Nneka Onyeka Uchenna Amaka Ebele Obiora Okechukwu
Osita Chiwetel Chuka Timipre Ovie Ese Diezani Babagana Nwankwo Finidi Taribo Mutiu Obafemi Odion
Asisat Perpetua Enefiok Falilat Kamaru Jay-Jay Celestine Kweku Kwamena Kodjo Koffi Akwasi Afua Abedi
Asamoah Sulley Azumah Alhassan Inaki Idrissa Kalidou Ismaïla Khadim Cheikhou Moustapha Ndèye Coumba
Malick Modou Babacar Pape Mohamadou Djibril Alioune Assane Demba Pathé Tidiane Yaya Léopold Soumaïla
Toumani Salif Rokia Aya Bakary Bakari Daouda Sékou Siaka Yacouba Cheick Dioncounda Zéphirin Hamidou
Aboubacar Cellou Lansana Dadis Naby Mory Tejan Foday Gyude Leymah Konan Kolo Gervinho Nicéphore
Isatou Ousainou Lamin Ebrima Momodou Essa Bintou Salomon
# --- Central Africa: DR Congo, Cameroon, Gabon, Chad, Angola, Mozambique ----
Thérèse Adolphe Kizito Bosco Dieumerci Trésor Fally Azarias Aubin Néhémie Laurent-Désiré Ange
Bienvenu Héritier Baudouin Julienne Modeste Placide Guy-Brice Isidore Alain-Claude Pierre-Emerick
Noureddin Anicet-Georges Simplice Hissène Goukouni Ngarta Agostinho Isaías Esperança Samora Graça
Luísa Marc-Vivien Joseph-Antoine Anicet Ahmadou Philemon
# --- Southern Africa: Zambia, Malawi, Zimbabwe, South Africa, Botswana, Namibia ---
Inonge Kalusha Rainford Patson Enock Bingu Bakili Atupele Thokozani Joice Obert Mthuli Hopewell
Tafadzwa Tawanda Tapiwa Tinotenda Kudzai Simbarashe Rudo Duduzile Kgalema Mangosuthu Thandi Thoko
Siyabonga Senzo Nkosinathi Mcebisi Malusi Nhlanhla Sifiso Phumzile Wayde Akani Luvo Elana Charl
Branden Benni Siphiwe Christo Koos Andile Ayanda Bongani Bongi Buhle Busisiwe Dumisani Jabulani
Lerato Lwazi Mandla Mbali Mpho Nokuthula Nomsa Palesa Sibongile Simphiwe Thabiso Thandeka Thembi
Tshepo Vusi Xolani Zanele Zodwa Gugu Khaya Lebo Lebogang Lesego Lunga Sandile Tebogo Vuyo Zinhle
Hennie Kobus Jaco Riaan Ruan Wynand Danie Charlize Elize Lukhanyo Festus Quett Letsile Amantle
Hifikepunye Saara Moeketsi Pakalitha Letsie Hery Rivo Anerood Ameenah Xavier-Luc France-Albert
# --- further common names in world news -----------------------------------
Emmanuel Justin Jacinda Chris Anthony Scott Malcolm Kevin Julia Tony Penny Peter Richard Jim
Pierre Stephen Brian Jean Paul Mélanie Chrystia Mark Mary Erin Pierre Jagmeet Doug Danielle
Volodymyr Olena Andriy Dmytro Kyrylo Rustem Denys Oleksandr Valerii Yulia Petro Viktor
Mette Ulf Magdalena Stefan Sanna Petteri Alexander Jens Erna Jonas Katrín Bjarni Micheál Leo
Simon Mary Lou Enda Bertie Gerry Michelle Arlene Emma Naomi Stormont Rishi Keir Liz Theresa
Nick Ed Tony Gordon Boris Jeremy Yvette Dominic Priti Suella James Grant Kemi Rachel Angela
David Wes Bridget Pat Ben Lisa Tom Jacob Nadhim Sajid Michael Andrew Kwasi Matt Oliver Robert
Nigel Richard Alex Jeremy Humza Nicola John Mark Vaughan Rhun Michelle Alister Gavin Penny
"""

# Names that are, capitalised at the start of a sentence or in a headline,
# more often an English word, a month or a place: never listed. Also brands
# and sports clubs (Mercedes, Chelsea, Nike, Holden, Siri), festivals and
# deities (Ganesh, Durga, Gita), titles (Imam, Sahib, Sardar, Mirza, Syed,
# Agha, Begum), demonyms (Danish, Afghan) and names news mostly meets as a
# family name (Assad, Asad).
EXCLUDE = set("""
Will May June April August Hope Grace Rose Faith Art Guy Chase Georgia Jordan
Israel Victoria China India Joy Dawn Eve Penny Violet Grant Hunter Chance Rich Sterling
Summer Autumn Winter Ivy Crystal Amber Ruby Pearl Jewel Coral Olive Star Sunny Rainbow
Storm Sky River Forest Rock Stone Wood Bud Gene Sly Dusty Rocky Candy Honey
Ginger Melody Harmony Liberty Justice Trinity Destiny Charity Patience Prudence Mercy Constance Verity Precious
Blessing Lucky Major King Prince Duke Earl Baron Count Marquis Bishop Deacon Pope Abbot
Sheikh Mullah Maulana Emir Sultan Shah Khan Sayed Sayyed Haji Hajji Ayatollah Al Abu
Van Von Le La Di Da De Du Del Dela Mac Bin Ibn Ben
Bint Ter Zu Dos Ag Aboul Abe Bo Cy Chad Kenya Niger Guinea Cuba
Peru Chile Malta Sofia Lima Paris Florence Sydney Adelaide Virginia Carolina Orlando Austin Houston
Dallas Denver Phoenix Memphis Madison Charlotte Savannah Brooklyn Cheyenne Aurora Lincoln Clinton Jackson Hamilton
Kingston Wellington Darwin Montgomery Valenzuela Mecca Medina Alexandria Hebron Nazareth Bethlehem Jericho Tyre Salem
Sharon Carmel Galilee Islam Muslim Shia Said Muse Rawa Ranya Angeles Kaya Dori Law
Hen To Tan Mar San Sri Ban Nova Blade Ace Shas Ank Park Moon
Yoon Choi Chung Shin Yoo Desire Fares Miles Per Rand Tone Harsh Paddy
Mercedes Chelsea Nike Holden Siri Apollo Samba Iskander Kayhan Innocent Odd Vital Constant Prosper
Pastor Karma Guru Harm Roar Rain Santa Floor Jet Joke Lies Ton Gust Beat Bent Can Hero Hale Mile Mate
Dimple Semen Chary Saber Edit Flora Tiger Rim Nape Kale Sofa Ran Or Sheriff Saviour Welshman Bantu Parks
Slumber Job Doctor Sunday Favour Divine Papa Junior January Jihad Valentine Beryl Taiga Shun Cal Butch
Curtly Homer Garret Jarred Aria Caster Lemma Aster Filbert Chancel Parfait Ado Bode Tabu Tuba Nadir
Levy Rupiah Ramadan Ramazan Ganesh Durga Gita Imam Sahib Sardar Kgosi Raja Mirza Syed Agha Dasho Lala
Sultana Begum Danish Afghan Assad Asad Mao Maj Pal
Solomon Devon Cornell Erez Mina Sana Nasr Agung Modesto Guadalupe Alba Tokyo Hastings Nato Vlora Gent
Ain Ants Rein
""".split())

# Family names and particles that occur in the full-name lines above;
# they are not given names.
FAMILY = set("""
Earnest Shire Maha Sar Son Na Jun Gen Sho Gal Tal
Yi Li Om Raj Ram Ma Ho Kun Jin Min Jian Zhen
Hong Long Ping Lei Gang Hao Lin Lan Ling Mei Qing Tao
Ting Xin Yan Ying Yong Yu Zhi Chao Cheng Feng Fang Guang
Hai Jing Kun Liang Nan Rui Shan Song Wen Xia Xuan Yang
Yuan Yue Zhong Jiang Kang He Wei Ming Hui Jie Peng Ning
Hua Dong Kai Zhao Xiang Chen Wang Wu Zhang Liu Huang Sun
Zhu Hu Guo Lai Han Ho Cho Kang Ri Pak
Thae Hyon Choe Nguyen Pham Tran Vo Bui Hun Sen Aung Win
Soe Zaw Than Khin Thein Myint Htin Kyaw Swe Tun Minn Hlaing
Mahatma Doval Bajwa Munir Dar Qureshi Khar Alvi Gilani Kakar Abbasi Naqvi
Tarar Jinnah Zia Haniyeh Sinwar Meshaal Marzouk Arouri Deif Barghouti Rajoub Hamdallah
Shtayyeh Ashrawi Erekat Qassem Nasrallah Safieddine Berri Mikati Hariri Aoun Bassil Geagea
Jumblatt Mekdad Muallem Sharaa Jolani Shaibani Khattab Abdi Maliki Abadi Kadhimi Sudani
Salih Barzani Talabani Sadr Amiri Khazali Muhandis Hakim Sistani Jubeir Alwaleed Ansari
Gargash Maktoum Tahnoun Busaidi Alawi Safadi Khasawneh Sisi Madbouly Shoukry Abdelatty Mubarak
Morsi Sadat Gheit Saied Ghannouchi Essebsi Tebboune Bouteflika Bourita Othmani Akhannouch Haftar
Sarraj Dbeibah Menfi Gaddafi Dagalo Hemedti Hamdok Agar Atta Minnawi Hilu Kiir
Machar Mohamud Farmajo Barre Bihi Cirro Guelleh Afwerki Gebremichael Reda Raisi Rouhani
Khatami Rafsanjani Khamenei Zarif Araghchi Pezeshkian Aref Ghalibaf Larijani Jalili Shamkhani Ahmadian
Soleimani Qaani Salami Pakpour Hajizadeh Bagheri Mousavi Nasirzadeh Eslami Grossi Salehi Mohseni-Ejei
Mohammadi Amini Sotoudeh Pahlavi Karzai Ghani Akhundzada Baradar Haqqani Muttaqi Mujahid Shaheen
Akhund Massoud Hekmatyar Dostum Mohib Khalilzad Rabbani Azhar Mehsud Fazlullah Zawahiri Laden
Baghdadi Zarqawi Awlaki Wuhayshi Droukdel Ghaly Koufa Shekau Barnawi Diriye Ubaidah Abukar
Aweys Kobani Bayik Karayilan Ocalan Kalkan Karasu Hozat Rasul Gantz Lapid Bennett
Lieberman Smotrich Ben-Gvir Gallant Katz Saar Dermer Hanegbi Halevi Zamir Barnea Bar
Herzog Rivlin Peres Rabin Olmert Barak Livni Regev Levin Amsalem Deri Edelstein
Ohana Eisenkot Dichter Barkat Cohen Akunis Danon Erdan Leiter Hagari Adraee Basiuk
Pardo Dagan Ayalon Amidror Arad Yaalon Begin Dayan Eshkol Allon Stormont Kadyrov
Matviyenko Davutoglu Akar Kalin Celik Soylu Fidan Yavas Ozel Demirtas Bakirhan Kılıçdaroğlu
Bahçeli Aliyev Ebrard Alckmin Arce Díaz-Canel Abinader Vučić Kurti Zaev Koike Kishida
Ishiba Takaichi Kato Iwaya Kamikawa Kihara Nakatani Hayashi Kono Motegi Ueda Kuroda
Toyoda Yanai Mikitani Hagiuda Koizumi Suga Kan Hatoyama Noda Wenjiabao Sisoulith Siphandone
Vorachith Gusmão Ramos-Horta Ruak Alkatiri Bolkiah Widodo Subianto Rakabuming Sukarnoputri Yudhoyono Marsudi
Indrawati Baswedan Pranowo Kalla Razak Yassin Yaakob Hamidi Nasution Loong Balakrishnan Shanmugaratnam
Yacob Marcos Duterte Aquino Arroyo Teodoro Manalo Robredo Pacquiao Binay Hontiveros Trong
Phuc Dung Chinh Thuong Cuong Quang Thongloun Chan-ocha Thavisin Manet Rainsy Sokha
Kheng Sokhonn Suu Kyi Wickremesinghe Rajapaksa Dissanayake Premadasa Sirisena Amarasuriya Dahal Prachanda
Oli Deuba Paudel Bhandari Bhattarai Tobgay Wangchuck Muizzu Solih Nasheed Yameen Gayoom
Musharraf Zardari Yunus Alamgir Quader Wazed Shahabuddin Lotay Kagame Zuma Nyusi Obiang
Sassou Lungu Tinubu Sall Condé Doumbouya Traoré Damiba Kaboré Goïta Maïga Keïta
Bazoum Tiani Déby Itno Masra Touadéra Bongo Ondimba Nguema Nguesso Tshisekedi Kabila
Katumbi Fayulu Mukwege Nangaa Makenga Bisimwa Ndayishimiye Nkurunziza Museveni Kainerugaba Kyagulanyi Ruto
Odinga Kenyatta Gachagua Kindiki Mudavadi Suluhu Magufuli Lissu Hichilema Chakwera Mutharika Chapo
Mondlane Lourenço Mnangagwa Chiwenga Mugabe Chamisa Ramaphosa Mbeki Mandela Malema Steenhuisen Pandor
Lamola Mashatile Maimane Boko Masisi Khama Geingob Mbumba Nandi-Ndaitwah Mswati Rajoelina Buhari
Obasanjo Obi Shettima Osinbajo Okonjo-Iweala Ribadu Wike Adesina Dangote Akufo-Addo Mahama Bawumia
Ouattara Gbagbo Soro Thiam Weah Boakai Sirleaf Bio Koroma Barrow Jammeh Embaló
Ghazouani Talon Gnassingbé Biya Kamto Mbasogo Zewde Atske Selassie Abdullahi Assoumani Ramkalawan
Roopun Ramgoolam Jugnauth Correia Neves Nkrumah Mobutu Sese Seko Obote Bokassa Sankara
Compaoré Faki Ghebreyesus Annan Boutros-Ghali Tutu Maathai Saro-Wiwa Motsoaledi Kipchoge Vance Wine
Ansip Chaudhry Dlamini Hashemi Johnson Mazari Meredov Rahman Sharma Silva Vila Wong Koo Ko Chow Chu Hou Ip Lam
Leung Tsang Tung Hsiao Chiu Ng Kwan Eng Hsien Luong Phu Dai Chan Prak Kem Sein Shwe Nyunt Zin Lashi Duwa
Ano Año Macapagal Haq Sa'ar
""".split())


def taken_names():
    """Single-token names already used in the other tables (drop them here)."""
    out = {}
    for r in L.read_tsv("countries.tsv"):
        for v in [r[1]] + L.split_cell(r[2]) + L.split_cell(r[3]) + L.split_cell(r[4]):
            out[v] = "countries.tsv"
    for r in L.read_tsv("places.tsv"):
        for v in [r[0]] + L.split_cell(r[1]):
            out[v] = "places.tsv"
    for r in L.read_tsv("orgs.tsv"):
        for v in [r[2]] + L.split_cell(r[3]):
            out[v] = "orgs.tsv"
    return out


def main():
    words = []
    for line in NAMES.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        # lower-case tokens (bin, al, de) are name particles: see particles.txt
        words += [w for w in line.split() if w[:1].isupper()]
    taken = taken_names()
    skip = {L.strip_accents(w) for w in EXCLUDE | FAMILY} | EXCLUDE | FAMILY
    keep, dropped = [], []
    for w in L.with_ascii(words):
        if w in skip or L.strip_accents(w) in skip:
            continue
        if w in taken:
            dropped.append("%s (%s)" % (w, taken[w]))
            continue
        if not w[:1].isupper() or not all(c.isalpha() or c in "-'" for c in w):
            sys.exit("bad given name %r" % w)
        keep.append(w)
    if dropped:
        print("dropped as names in other tables: " + ", ".join(sorted(dropped)))
    L.write_list("given_names.txt", "given names", keep)


if __name__ == "__main__":
    main()
