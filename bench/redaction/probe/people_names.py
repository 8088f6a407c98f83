"""People's names for the lone-name texts (kinds_people), hand-written for the probe rather than drawn from Faker:
common surnames and given names of the US, UK, Ireland, Australia and Canada (many of them English words or place
names: Hale, Sutton, Washington, Birch, Grace, Sydney) and given names and surnames of other origins, which work
colleagues write alone ("ask Okafor", "Priya approved it") or together ("Priya Raman")."""

from __future__ import annotations


def name_list(text: str) -> tuple[str, ...]:
    """A comma-separated block of names (some contain spaces: 'de Vries', 'Van der Berg')."""
    return tuple(" ".join(name.split()) for name in text.split(",") if name.strip())


# Plain surnames of English-speaking countries (Irish, Scottish and Welsh ones included).
ANGLO_SURNAMES = name_list(
    """
    Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Thomas, Taylor, Moore, Martin,
    Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, Wright, Scott, Adams, Nelson,
    Mitchell, Roberts, Phillips, Campbell, Evans, Edwards, Collins, Stewart, Morris, Murphy, Rogers, Peterson,
    Bailey, Kelly, Howard, Richardson, Watson, Bennett, Henderson, Coleman, Simmons, Patterson, Reynolds,
    Graham, Wallace, Gibson, Ellis, Harrison, McDonald, Kennedy, Murray, Palmer, Holmes, Dunn, Hicks, Spencer,
    Burke, Chambers, Shaw, Lawson, Booth, Walsh, Doyle, Byrne, O'Brien, O'Connor, Gallagher, Brennan, Nolan,
    Quinn, Fitzgerald, McCarthy, Kavanagh, Donnelly, Ryan, Keane, Flanagan, Moloney, Dunne, O'Sullivan,
    McLaughlin, Fraser, MacLeod, Ferguson, Cameron, Sinclair, Duncan, Robertson, McKenzie, Davies, Griffiths,
    Rees, Lloyd, Vaughan, Pritchard, Llewellyn, Howells, Jenkins, Thornton, Whitaker, Ashworth, Hargreaves,
    Pemberton, Holloway, Cartwright, Pickering, Radcliffe, Wainwright, Atherton, Bradshaw, Crawford, Hughes,
    Powell, Sanders, Myers, Russell, Sullivan, Fisher, Owens, Vaughn, Hutchinson, Pearson, Barnes, Griffin,
    Hayward, Garrett, Lynch, Burns, Ramsey, Harlow, Paxton, Hastings, Kingsley, Stanton, Whitfield, Hartley,
    Chapman, Woodard, Medina, Jennings, Fleming, Gilbert, Matthews, Lambert, Warner, Barrett, Sheridan, Rafferty,
    Kowalczyk, Donovan, Gillespie, Hollis, Pruitt, McAllister, Lowry, Tierney, Costello, Mahoney, Brady
    """
)
# Surnames that are also English words: a model reads them as things, not people.
WORD_SURNAMES = name_list(
    """
    Hale, Payne, Birch, Newman, Bird, Swan, Rich, Strong, Small, Little, Sharp, Moody, Bright, Frost, Snow,
    Winter, Summers, Knight, Bishop, Dean, Abbott, Parsons, Cook, Baker, Butler, Carpenter, Mason, Turner,
    Fuller, Weaver, Potter, Fowler, Hunter, Archer, Bowman, Chandler, Cooper, Gardner, Glover, Marshall, Page,
    Porter, Sawyer, Slater, Tanner, Wheeler, Brooks, Banks, Field, Fields, Forest, Hall, Heath, Hill, Holt, Lake,
    Marsh, Wood, Woods, Stone, Bush, Rivers, Wells, Church, Temple, Castle, Rose, Lamb, Wolfe, Crane, Drake,
    Finch, Nightingale, Peacock, Sparrow, Gold, Silver, Steel, Price, Cash, Penny, Noble, Power, Love, Sweet,
    Best, Goodman, Freeman, Black, Green, Gray, Reed, Bell, Cox, Fox, Hunt, Long, Mills, Lane, Ward, Rice,
    Booker, Hardy, Cross, Gates, Ball, Head, Shepherd, Walls, Steward, Sterling, Thorne, Pope, Stern, Brand,
    Major, Marks, Glass, Sands, Waters, Flowers, Spring, King, Means, Cannon, Carver, Gentry, Shields
    """
)
# Surnames that are also places (cities, counties, boroughs, countries, states).
PLACE_SURNAMES = name_list(
    """
    Sutton, Washington, Jackson, Hamilton, Lincoln, Madison, Houston, Austin, Kingston, Wellington, Preston,
    Chester, Lancaster, Carlisle, Bradford, Kent, Hampton, Ashford, Stafford, Warwick, Darlington, Whitby,
    Ashton, Dalton, Norton, Milton, Clifton, Weston, Easton, Denton, Buckley, Derby, Lancashire, Cleveland,
    Jefferson, Franklin, Monroe, Tyler, Grant, Pierce, Hayes, Carter, Orlando, Phoenix, Raleigh, Sheffield,
    Cornwall, Devon, Berkeley, Stirling, Perth, Albany, Dorset, Troy, Chelsea, Camden, Marlborough, Holland,
    England, Ireland, Wales, Scotland, York, Boston, Dallas, Denver, Brighton, Ripley, Hull, Bristol, Paris
    """
)
ANGLO_GIVEN = name_list(
    """
    James, John, Robert, Michael, David, Richard, Joseph, Thomas, Charles, Christopher, Daniel, Matthew,
    Anthony, Steven, Paul, Andrew, Joshua, Kevin, Brian, George, Timothy, Edward, Jason, Jeffrey, Ryan, Jacob,
    Nicholas, Eric, Jonathan, Stephen, Justin, Brandon, Benjamin, Samuel, Gregory, Alexander, Frank, Patrick,
    Raymond, Jack, Dennis, Aaron, Henry, Adam, Nathan, Zachary, Kyle, Noah, Ethan, Jeremy, Keith, Sean, Harold,
    Dylan, Arthur, Lawrence, Jesse, Bryan, Bruce, Gabriel, Logan, Albert, Alan, Vincent, Philip, Louis, Liam,
    Oliver, Harry, Callum, Rhys, Declan, Niall, Ciaran, Connor, Lachlan, Hamish, Angus, Fergus, Rory, Finn,
    Owen, Gareth, Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, Lisa,
    Nancy, Margaret, Sandra, Ashley, Kimberly, Emily, Donna, Michelle, Carol, Amanda, Melissa, Deborah,
    Stephanie, Rebecca, Sharon, Laura, Cynthia, Kathleen, Angela, Brenda, Pamela, Emma, Nicole, Helen,
    Samantha, Katherine, Christine, Rachel, Janet, Catherine, Heather, Diane, Julie, Olivia, Lauren, Megan,
    Andrea, Hannah, Jacqueline, Teresa, Abigail, Alice, Sophia, Denise, Danielle, Natalie, Brittany, Kayla,
    Siobhan, Aoife, Niamh, Saoirse, Ciara, Orla, Sinead, Fiona, Isla, Eilidh, Kirsty, Bronwyn, Cerys, Sian,
    Chloe, Zoe, Bethany, Imogen, Harriet, Tamsin
    """
)
# Given names that are also words or places.
WORD_GIVEN = name_list(
    """
    Grace, Hope, Faith, Joy, Dawn, April, June, Summer, Autumn, Skye, Brooke, Ivy, Holly, Willow, Daisy, Ruby,
    Amber, Crystal, Jade, Pearl, Iris, Lily, Poppy, Violet, Heather, Hunter, Chase, Mason, Carter, Parker,
    Cooper, Tucker, Pierce, Grant, Wade, Drew, Lance, Dale, Glen, Clay, Cliff, Reed, Sandy, Rusty, Sterling,
    Sydney, Florence, Georgia, Savannah, Dakota, Chelsea, Paris, India, Jordan, Austin, Dallas, Houston,
    Brooklyn, Lincoln, Madison, Tyler, Victoria, Virginia, Devon, Kent, Camden, Denver, Phoenix, Aspen,
    Cheyenne, Adelaide, Regina, Augusta, Charlotte, Kingston, Troy, Eden, Sierra, Shannon, Kendall
    """
)
# Given names and surnames of other origins, by origin: (given names, surnames).
WORLD_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "south_asian": (
        name_list("Priya, Arjun, Kavya, Rohit, Sanjay, Ananya, Vikram, Deepa, Rahul, Meera, Aditya, Nisha, Imran"),
        name_list("Raman, Mehta, Iyer, Nair, Gupta, Sharma, Patel, Reddy, Banerjee, Desai, Kapoor, Malhotra, Khan"),
    ),
    "east_asian": (
        name_list("Wei, Jing, Hao, Mei, Kenji, Aiko, Hiroshi, Sakura, Ji-woo, Min-seo, Jae-hyun, Yuna, Xin"),
        name_list("Chen, Wang, Liu, Zhou, Huang, Watanabe, Tanaka, Suzuki, Kobayashi, Kim, Park, Choi, Jung"),
    ),
    "southeast_asian": (
        name_list("Linh, Minh, Thao, Duc, Siti, Aditya, Putri, Rizal, Maricel, Jericho, Anong, Kittisak"),
        name_list("Nguyen, Tran, Pham, Le, Santoso, Wijaya, Reyes, Santos, Cruz, Bautista, Mendoza, Dela Cruz"),
    ),
    "hispanic": (
        name_list("Alejandro, Camila, Diego, Valentina, Javier, Lucía, Mateo, Sofía, Andrés, Gabriela, Rodrigo"),
        name_list("Castillo, Salazar, Navarro, Guzmán, Toledo, Córdoba, Herrera, Vargas, Ortiz, Morales, Rosales"),
    ),
    "lusophone": (
        name_list("João, Beatriz, Thiago, Larissa, Rafael, Mariana, Gustavo, Inês, Tiago, Leonor"),
        name_list("Silva, Costa, Pereira, Oliveira, Almeida, Carvalho, Ferreira, Barbosa, Lisboa, Braga"),
    ),
    "west_african": (
        name_list("Chidi, Adaeze, Emeka, Ngozi, Tunde, Folake, Kofi, Ama, Kwabena, Efua, Seun"),
        name_list("Okafor, Adeyemi, Chukwu, Balogun, Eze, Mensah, Asante, Boateng, Owusu, Danso, Okeke"),
    ),
    "east_african": (
        name_list("Wanjiru, Otieno, Achieng, Kamau, Amani, Zawadi, Tesfaye, Selam, Abebe"),
        name_list("Mwangi, Odhiambo, Njoroge, Kiprop, Wambui, Mutua, Haile, Bekele, Tadesse"),
    ),
    "arabic": (
        name_list("Omar, Layla, Karim, Yasmin, Tariq, Rania, Hassan, Noor, Samir, Dina, Khalid"),
        name_list("Haddad, Nasser, Khalil, Farouk, Mansour, Saleh, Aziz, Hamdan, Rahman, Darwish, Jaber"),
    ),
    "turkish": (
        name_list("Emre, Elif, Burak, Zeynep, Mehmet, Ayşe, Can, Deniz, Selin"),
        name_list("Yılmaz, Demir, Kaya, Şahin, Çelik, Aydın, Öztürk, Arslan, Doğan"),
    ),
    "slavic": (
        name_list("Katarzyna, Piotr, Tomasz, Agnieszka, Olena, Dmitri, Ivana, Marek, Natalia, Bogdan"),
        name_list("Nowak, Kowalski, Wójcik, Zielinski, Shevchenko, Ivanova, Novák, Horvat, Popescu, Dvořák"),
    ),
    "germanic": (
        name_list("Lukas, Anja, Jens, Katrin, Matthias, Sabine, Lars, Ingrid, Sven, Astrid, Pieter, Femke"),
        name_list("Weber, Becker, Schmidt, Hoffmann, Wagner, Schulz, Lindqvist, Johansson, Berg, de Vries, Bakker"),
    ),
    "romance": (
        name_list("Giulia, Marco, Chiara, Luca, Francesca, Matteo, Élodie, Julien, Camille, Mathieu, Margaux"),
        name_list("Romano, Ricci, Conti, Marino, Moretti, Esposito, Dubois, Laurent, Moreau, Lefebvre, Girard"),
    ),
    "greek_hebrew": (
        name_list("Nikos, Eleni, Yannis, Sofia, Dimitra, Noa, Yael, Eitan, Avi, Tamar"),
        name_list("Papadopoulos, Georgiou, Nikolaidis, Alexiou, Levi, Cohen, Mizrahi, Friedman, Katz, Shapiro"),
    ),
}
WORDLIKE = frozenset(WORD_SURNAMES + PLACE_SURNAMES + WORD_GIVEN)
TITLES = ("Mr", "Mr.", "Ms", "Ms.", "Mrs", "Dr", "Dr.", "Prof.")
