import Foundation

/// The words of the synthetic corpus, most frequent first: a few hundred real English function
/// words, then generated pseudo-words. Rank is what the Zipf sampler draws.
struct Vocabulary: Sendable {
    /// Every word, by rank (0 is the most frequent).
    let words: [String]
    /// Words before this rank are English function words; after it, content pseudo-words.
    let contentStart: Int
    private let zipf: ZipfSampler
    private let functionZipf: ZipfSampler

    init(seed: UInt64, pseudoWords: Int = 50_000) {
        var random = SplitMix64(seed: seed, stream: 1, index: 0)
        var seen = Set(Self.functionWords)
        var generated: [String] = []
        generated.reserveCapacity(pseudoWords)
        while generated.count < pseudoWords {
            // Frequent words are short, as in real text.
            let rank = generated.count
            let syllables = rank < 2_000 ? random.int(1...2) : rank < 20_000 ? 2 : random.int(2...3)
            let word = PseudoWord.make(syllables: syllables, random: &random)
            if word.count >= 3, seen.insert(word).inserted { generated.append(word) }
        }
        // Interleave: function words dominate the head of the distribution but not all of it.
        var ranked: [String] = []
        ranked.reserveCapacity(Self.functionWords.count + generated.count)
        ranked += Self.functionWords
        ranked += generated
        words = ranked
        contentStart = Self.functionWords.count
        zipf = ZipfSampler(count: ranked.count, exponent: 1.0)
        functionZipf = ZipfSampler(count: Self.functionWords.count, exponent: 1.0)
    }

    func sample(_ random: inout SplitMix64) -> String { words[zipf.sample(&random)] }

    /// A function word, Zipf-distributed over their ranks: to begin a sentence.
    func sampleFunction(_ random: inout SplitMix64) -> String { words[functionZipf.sample(&random)] }

    /// A content word (no function word), still Zipf-distributed: for titles and queries.
    func sampleContent(_ random: inout SplitMix64) -> String {
        while true {
            let rank = zipf.sample(&random)
            if rank >= contentStart { return words[rank] }
        }
    }

    static let functionWords: [String] = """
        the of and to a in that is was he for it with as his on be at by i this had not are but from or \
        have an they which one you were her all she there would their we him been has when who will more \
        no if out so said what up its about into than them can only other new some could time these two \
        may then do first any my now such like our over man me even most made after also did many before \
        must through back years where much your way well down should because each just those people how \
        too little state good very make world still own see men work long get here between both life being \
        under never day same another know while last might us great old year off come since against go came \
        right used take three states himself few house use during without again place around however home \
        small found thought went say part once general high upon school every does got united left number \
        course war until always away something fact though water less public put think almost hand enough \
        far took head yet government system better set told nothing night end why called didn't eyes find \
        going look asked later knew point next program city business give group toward young days let room \
        president side social given present several order national second possible rather per face among \
        form important often things looked early white case john become large big need four within felt \
        along children saw best church ever least power development light thing seemed family interest want \
        members mind country area others done turned although open god service certain kind problem began \
        different door thus help sense means whole matter perhaps itself york times law human line above \
        name example action company hands local show whether five history gave today either act feet across \
        taken past quite anything seen having death week experience body word half really field am car \
        words already themselves information tell together college shall money period held keep sure free \
        seems real behind cannot miss political air question office making brought whose special major \
        heard federal became study ago moment known result street economic boy position reason change south \
        board individual job areas society west close turn love community true court force full seem
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).reduce(into: [String]()) { list, word in
        let word = String(word)
        if !list.contains(word) && !word.contains("'") { list.append(word) }
    }
}

/// Pronounceable made-up words ("velmor", "tasikan"): real-looking tokens with no meaning, so the
/// corpus has a realistic vocabulary size without copying any real text.
enum PseudoWord {
    static let onsets = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
                         "b", "d", "k", "l", "m", "n", "r", "s", "t", "br", "ch", "dr", "pl", "sh", "st", "th", "tr", "", ""]
    static let vowels = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "a", "e", "ai", "ou", "ia", "y"]
    static let codas = ["", "", "", "", "", "n", "r", "l", "s", "m", "k", "t", "nd", "st"]

    static func make(syllables: Int, random: inout SplitMix64) -> String {
        var word = ""
        for _ in 0..<syllables {
            word += random.pick(onsets)
            word += random.pick(vowels)
            word += random.pick(codas)
        }
        return word
    }

    /// The same word with a capital: names of people, places and organisations.
    static func name(syllables: Int, random: inout SplitMix64) -> String {
        make(syllables: syllables, random: &random).capitalized
    }
}
