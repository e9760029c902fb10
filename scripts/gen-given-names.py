"""Regenerates src/data/given_names.rs: given names that tell a person's sex, for resolving
"he" and "she" to the person last named.

The table is the 1990 United States Census list of first names (public domain), as shipped in
the PyPI package `names` (dist.male.first, dist.female.first): a name goes in when at least
0.015% of people of one sex bear it and five times as many of them as of the other (0.01% took
300 rarer names, 0.8 KB of the widget, and changed no answer on the dev set or the probes).
Names common in world news that the census lacks or holds too rarely follow, in EXTRA.

    pip download --no-deps --no-binary :all: names==0.3.0 && tar xzf names-0.3.0.tar.gz
    python3 scripts/gen-given-names.py names-0.3.0/names
"""

import os
import sys

SHARE = 0.015  # percent of people of one sex
RATIO = 5.0

# Names the census calls one sex's that in world news are often the other's or no given name
# at all: Lindsey Graham, Kim Jong Un, Jean Castex, Charles Michel, Van (a particle).
AMBIGUOUS = set("Kim Jean Lindsey Lindsay Robin Leigh Sandy Van Son Michel".split())

# Given names of people in world news that the 1990 census list lacks or holds too rarely. (Of a
# compound, the first name tells the sex, "Marie-Claude", "Frank-Walter", so only compounds of
# "Jean", which is ambiguous alone, are listed.)
EXTRA = {
    "Male": """Vladimir Sergei Sergey Dmitry Dmitri Volodymyr Alexei Alexey Mikhail Yevgeny Viktor
        Igor Oleg Nikolai Yuri Recep Bashar Narendra Shinzo Fumio Olaf Jens Jair Luiz Nicolas
        Hassan Mahmoud Muhammad Abdel Abdullah Hamid Imran Nawaz Rodrigo Andres Jacques
        Francois François Matteo Giuseppe Sergio Javier Mauricio Javad Hossein Mohammad
        Benyamin Yair Naftali Tedros Cyril Uhuru Muhammadu Bola Jeb Mitt Rand Bernie Kwame Rishi
        Keir Sadiq Yoweri Abiy Emmerson Nayib Gustavo Jean-Claude Jean-Yves Jean-Marc Heiko
        Sigmar Horst Silvio Enrico Paolo Barack Reince Newt Mitch Rahm Beto Orrin
        Thad Trey Merrick Preet Antony Boris Yoav Ebrahim Hakan Mohammed Mohamed Ahmed Ashraf
        Anwar Prabowo Ferdinand Shehbaz Ali Anton Bruno Denis Desmond Diego Esteban Federico
        Fidel Gonzalo Joaquin Sebastian Xavier Elliot Rob Vince Cliff Hal Ned Rod
        Thierry Laurent Olivier Benoit Mathieu Sebastien Stephane Sylvain Luc Jean-Francois
        Jean-Pierre Jean-Marie Jean-Luc Jean-Paul Jean-Philippe Jean-Guy Philippe Christophe Guillaume Alain Rahul Amit Rajesh Sanjay Suresh Vijay Anil
        Jagmeet Navdeep Harjit Omar Khalid Tariq Mustafa Ibrahim Hussein Wolfgang Markus
        Chinedu Chukwuemeka Emeka Tunde Babajide Olufemi Femi Segun Olusegun Aliko Atiku
        Goodluck Musa Raila Kalonzo Musalia Rigathi Thabo Mmusi Sipho Bongani Themba Kofi
        Kwabena Yaw Mikel Bukayo Niall Darragh Eoin Cian Oisin Padraig Seamus Jairam Arvind
        Nitin Piyush Bilawal Asif Andrzej Mateusz Petr Masoud Itamar Ismail Yahya Ayman Yves
        Pierre Gaetan Rejean Oleh Ihor Andrii Vitali Osama Khaled Yasser Majed Faisal Saeed
        Friedrich Matthias Jürgen Pankaj Sunil Deepak Rajiv Shigeru Hiroshi Kieran Oleksandr
        Abubakar Hamza Karim Lars""",
    "Female": """Kamala Marine Segolene Ségolène Giorgia Sanna Yulia Svetlana Olga Natalia Ilhan
        Kyrsten Tulsi Mette Magdalena Annalena Kaja Kristalina Federica Chrystia Ursula
        Angela Theresa Jacinda Nicola Hillary Nikki Kellyanne Huma Benazir Indira Hasina Ngozi
        Dilma Cristina Condoleezza Madeleine Sonia Elena Alexandria Marjorie Kirstjen Priti
        Suella Nadine Yvette Ivanka Melania Rashida Ayanna Pramila Letitia Karine Avril Liz Nadia
        Sofia Anastasia Greta Hilary Imelda Clare Eve Serena Penelope Liza Louisa Mia
        Nathalie Sylvie Genevieve Veronique Amelie Francoise Chantal Priya Sunita
        Fatima Aisha Leila Zainab Nkechi Adaeze Amaka Chioma Ifeoma Funke Folake Kemi Wanjiku
        Wangari Njeri Naledi Thandiwe Nomvula Lindiwe Zanele Akua Efua Abena Aoife Siobhan Niamh
        Sinead Ciara Saoirse Roisin Fionnuala Priyanka Smriti Mamata Nirmala Sushma Maryam Olena
        Zuzana Xiomara Rania Zali Josee Manon Martine Isabelle Ruba Meena Anjali Amira Noura
        Yasmin Franziska Pooja Neha Amina Layla Keiko""",
}


def front_coded(words):
    """Each word after the first as the number of bytes (1 to 9) it shares with the word before
    and the rest, or, sharing none, whole: its capital after the lowercase letter that ends the
    word before marks where it opens. (The names are sorted: 320 B less in the widget.)"""
    out, prev = [], b""
    for w in words:
        b = w.encode()
        k = 0
        while k < min(len(b), len(prev), 9) and b[k] == prev[k]:
            k += 1
        while k and 0x80 <= b[k] < 0xC0:  # not inside a character
            k -= 1
        assert not any(c.isdigit() for c in w) and w[0].isupper() and w[-1].islower()
        out.append((str(k) if k else "") + b[k:].decode())
        prev = b
    return out


def load(path):
    shares = {}
    with open(path) as f:
        for line in f:
            name, share = line.split()[:2]
            shares[name.capitalize()] = float(share)
    return shares


def main(folder):
    male = load(os.path.join(folder, "dist.male.first"))
    female = load(os.path.join(folder, "dist.female.first"))
    names = {"Male": set(), "Female": set()}
    for sex, own, other in (("Male", male, female), ("Female", female, male)):
        for name, share in own.items():
            if share >= SHARE and share >= RATIO * other.get(name, 0.0):
                names[sex].add(name)
    for sex, words in EXTRA.items():
        names[sex].update(words.split())
    both = (names["Male"] & names["Female"]) | AMBIGUOUS
    out = [
        "//! Given names that tell a person's sex, generated by `scripts/gen-given-names.py` from",
        "//! the 1990 United States Census first-name lists (public domain; see DATA-LICENSES.md)",
        "//! and a short list of names from world news. Do not edit by hand.",
        "",
    ]
    for sex, noun in (("Male", "men"), ("Female", "women")):
        words = sorted(names[sex] - both)
        out.append(f"/// Given names of {noun}, front-coded (see `WordSet`).")
        out.append(f"pub static {sex.upper()}_GIVEN_NAMES: super::WordSet = super::WordSet::from_text(")
        out.append('    "\\u{1}\\')
        line = "    "
        for w in front_coded(words):
            if len(line) + len(w) > 97:
                out.append(line + "\\")
                line = "    "
            line += w
        out.append(line + '",')
        out.append(");")
        out.append("")
    path = os.path.join(os.path.dirname(__file__), "..", "src", "data", "given_names.rs")
    with open(path, "w") as f:
        f.write("\n".join(out))
    print(f"{len(names['Male'] - both)} male, {len(names['Female'] - both)} female -> {path}")


if __name__ == "__main__":
    main(sys.argv[1])
