#!/usr/bin/env python3
"""Writes a deterministic file of Danish prose for benchmarks.

Usage: gen_danish_prose.py OUT [MEGABYTES]   (default 10 MB, UTF-8)

The text repeats and varies a built-in set of paragraphs in the style of
letters from Danish public authorities (kommune, Udbetaling Danmark,
Skattestyrelsen, ...). Names, amounts, dates, case numbers and the order of
the paragraphs vary; a small linear congruential generator with a fixed seed
makes the output byte-identical on every run and Python version.
"""
from __future__ import annotations

import sys

PARAGRAPHS = [
    "Kære {navn}. Vi har modtaget din ansøgning om boligstøtte den {dato}. "
    "Vi forventer at kunne give dig svar inden for {uger} uger. Hvis vi mangler "
    "oplysninger, kontakter vi dig. Du skal ikke gøre noget nu.",
    "Du kan søge om boligstøtte, hvis du bor til leje. Det er din bopælskommune, "
    "der træffer afgørelse om, hvor meget du kan få. Beløbet afhænger bl.a. af "
    "din husleje, din indkomst og hvor mange I bor i boligen.",
    "I henhold til lov om social pension skal {kommune} Kommune foretage en "
    "vurdering af, om du er berettiget til førtidspension. Såfremt du er uenig "
    "i afgørelsen, kan du klage inden {uger} uger. Klagen sendes til "
    "Ankestyrelsen via kommunen.",
    "Vi har besluttet at bevilge dig hjælp til medicin med {beløb} kr. om "
    "måneden fra den {dato}. Beslutningen er truffet efter aktivlovens § 82 a. "
    "Pengene bliver udbetalt til din NemKonto sammen med din pension.",
    "Mødet holdes den {dato} kl. {klokke} på {etage}. sal i rådhuset i "
    "{kommune}. Husk at medbringe legitimation, fx pas eller kørekort. Der "
    "gøres opmærksom på, at der ikke er parkering ved rådhuset.",
    "Skattestyrelsen har ændret din forskudsopgørelse for {år}. Din forventede "
    "lønindkomst er nu {beløb} kr. Ændringen betyder, at din trækprocent og dit "
    "fradrag bliver justeret fra næste lønudbetaling. Du kan se den nye "
    "opgørelse på skat.dk.",
    "Det er vigtigt, at du giver os besked, hvis din indkomst ændrer sig i "
    "løbet af året! Ellers kan du komme til at skylde penge tilbage. Beløbet "
    "vil blive modregnet i din ydelse, jf. reglerne i lovens § 12, stk. 3.",
    "Hvis du har givet en anden fuldmagt til at handle på dine vegne, er du "
    "fuldmagtsgiver, og den anden er fuldmægtig. Fuldmagten gælder, indtil du "
    "tilbagekalder den. Du kan til enhver tid se, hvem der har fuldmagt, på "
    "borger.dk.",
    "Udbetaling Danmark har beregnet, at du har fået {beløb} kr. for meget i "
    "børne- og ungeydelse. Vi vil derfor kræve beløbet tilbagebetalt. Du kan "
    "betale hele beløbet på én gang eller aftale en afdragsordning med os. "
    "Kontakt os senest den {dato}.",
    "Din søn {barn} er blevet tildelt en plads i {institution} fra den {dato}. "
    "Pladsen skal bekræftes senest {uger} uger før start. Hvis du ikke "
    "bekræfter pladsen, går den videre til det næste barn på ventelisten.",
    "Du har ret til at se de oplysninger, vi har om dig i sagen. Det kaldes "
    "aktindsigt. Du kan også bede om at få rettet oplysninger, som er forkerte. "
    "Skriv til os via Digital Post og oplys dit sagsnummer {sagsnr}.",
    "Vi gør opmærksom på, at fristen for at indsende dokumentation for dine "
    "udgifter til tandbehandling udløber den {dato}. Modtager vi ikke "
    "dokumentationen inden fristens udløb, vil ansøgningen blive afvist, og "
    "sagen vil blive afsluttet uden yderligere varsel.",
    "Jobcentret indkalder dig til en samtale om dit videre forløb den {dato} "
    "kl. {klokke}. Samtalen foregår i jobcentret, {adresse}. Hvis du er syg, "
    "skal du melde det til jobcentret inden kl. 9 samme dag, ellers kan det "
    "få betydning for din ydelse.",
    "Affaldet bliver fremover hentet hver {ugedag} i lige uger. Papir, pap, "
    "glas og metal skal sorteres i de nye spande, som du får leveret i løbet "
    "af {måned}. Har du spørgsmål, kan du ringe til os på tlf. {tlf} mandag "
    "til fredag kl. 9-15.",
    "Ejendomsvurderingen for din bolig er foreløbig fastsat til {beløb} kr. "
    "Vurderingen danner grundlag for beregningen af din ejendomsværdiskat og "
    "grundskyld. Mener du, at vurderingen er forkert, kan du klage til "
    "Vurderingsankenævnet inden 90 dage.",
    "Kommunen har vurderet, at du er berettiget til hjemmehjælp i form af "
    "praktisk hjælp til rengøring hver {antal}. uge. Hjælpen udføres af en "
    "privat leverandør, som du selv kan vælge. Leverandøren kontakter dig "
    "inden for {uger} uger med en dato for det første besøg.",
    "Vi har modtaget din anmeldelse af flytning til {adresse} den {dato}. Din "
    "nye adresse er nu registreret i CPR, og du vil få tildelt en ny læge, "
    "hvis din nuværende læge ligger mere end 15 km fra din nye bopæl.",
    "Ansøgningen skal udfyldes digitalt på borger.dk. Har du spørgsmål, kan du "
    "ringe til os på tlf. {tlf} mandag til fredag kl. 9-15. Du bedes have dit "
    "sagsnummer klar, når du ringer. Vi behandler henvendelser i den "
    "rækkefølge, de modtages.",
    "Du får denne afgørelse, fordi du har søgt om en enkeltydelse til en ny "
    "vaskemaskine. Vi kan desværre ikke give dig hjælp, fordi udgiften ikke "
    "opfylder betingelserne i aktivlovens § 81. Det skyldes, at udgiften efter "
    "vores vurdering ikke er opstået på grund af ændringer i dine forhold.",
    "Vaccinationen mod influenza er gratis for dig, fordi du er over 65 år. "
    "Du kan blive vaccineret hos din egen læge eller på et apotek fra den "
    "{dato}. Husk at tage dit sundhedskort med. Der er ingen tidsbestilling "
    "på de fleste apoteker.",
    "Rådhuset holder lukket {ugedag} den {dato} på grund af flytning af vores "
    "it-systemer. Selvbetjeningsløsningerne på kommunens hjemmeside vil være "
    "utilgængelige i tidsrummet kl. 8-16. Vi beklager ulejligheden.",
]

NAVNE = ["Mette Hansen", "Lars Nielsen", "Fatima Ali", "Søren Kjær",
         "Anne-Marie Østergaard", "Jens Pedersen", "Birgitte Holm", "Ahmad Rahimi",
         "Kirsten Møller", "Peter Bæk"]
BØRN = ["Oliver", "Noah", "Emil", "Malthe", "Aksel", "Frederik"]
KOMMUNER = ["Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle", "Herning",
            "Roskilde", "Høje-Taastrup", "Sønderborg", "Frederiksberg"]
INSTITUTIONER = ["Børnehuset Solsikken", "Vuggestuen Mælkebøtten",
                 "Børnehaven Skovtrolden", "Dagplejen Øst"]
ADRESSER = ["Rådhuspladsen 2", "Vestergade 14, 1. th.", "Søndergade 7",
            "Åboulevarden 31", "Nørregade 103, st."]
MÅNEDER = ["januar", "februar", "marts", "april", "maj", "juni", "juli",
           "august", "september", "oktober", "november", "december"]
UGEDAGE = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"]
ETAGER = ["1", "2", "3", "4"]


class Lcg:
    """Deterministic 64-bit LCG (Knuth MMIX constants)."""

    def __init__(self, seed: int) -> None:
        self.state = seed & 0xFFFFFFFFFFFFFFFF

    def next(self) -> int:
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return self.state >> 33

    def below(self, n: int) -> int:
        return self.next() % n

    def pick(self, items: list[str]) -> str:
        return items[self.below(len(items))]


def fill(template: str, r: Lcg) -> str:
    values = {
        "navn": r.pick(NAVNE),
        "barn": r.pick(BØRN),
        "kommune": r.pick(KOMMUNER),
        "institution": r.pick(INSTITUTIONER),
        "adresse": r.pick(ADRESSER),
        "dato": f"{1 + r.below(28)}. {r.pick(MÅNEDER)} {2025 + r.below(3)}",
        "måned": r.pick(MÅNEDER),
        "ugedag": r.pick(UGEDAGE),
        "etage": r.pick(ETAGER),
        "uger": str(2 + r.below(7)),
        "antal": str(2 + r.below(3)),
        "år": str(2025 + r.below(3)),
        "klokke": f"{8 + r.below(8)}.{r.pick(['00', '15', '30', '45'])}",
        "beløb": f"{1 + r.below(99)}.{r.below(1000):03d}",
        "tlf": f"{70 + r.below(20)} {10 + r.below(90)} {10 + r.below(90)} {10 + r.below(90)}",
        "sagsnr": f"{2025 + r.below(3)}-{r.below(100000):05d}",
    }
    return template.format(**values)


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit("usage: gen_danish_prose.py OUT [MEGABYTES]")
    out = sys.argv[1]
    target = int(float(sys.argv[2]) * 1_000_000) if len(sys.argv) > 2 else 10_000_000
    r = Lcg(20260101)
    parts: list[str] = []
    size = 0
    while size < target:
        # A "letter": a heading line and 3 to 6 paragraphs.
        letter = [f"Vedrørende sag {r.below(100000):05d}"]
        for _ in range(3 + r.below(4)):
            letter.append(fill(r.pick(PARAGRAPHS), r))
        letter.append(f"Med venlig hilsen\n{r.pick(NAVNE)}\n{r.pick(KOMMUNER)} Kommune")
        chunk = "\n\n".join(letter) + "\n\n\n"
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(parts))


if __name__ == "__main__":
    main()
