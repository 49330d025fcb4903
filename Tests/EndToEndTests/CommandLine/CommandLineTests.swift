import Foundation
import Testing

@Suite("Command line")
struct CommandLineTests {
    @Test("check on the sample corpus succeeds with every link resolved")
    func checkSample() throws {
        let result = try EvexProcess.run(["check", EvexProcess.sampleCorpus.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try result.json() as? [String: Any])
        let counts = try #require(report["counts"] as? [String: Int])
        #expect(counts["articles", default: 0] >= 20)
        #expect(counts["entities", default: 0] >= 40)
        #expect(counts["relations", default: 0] >= 60)
        #expect(counts["links", default: 0] >= 20)
        #expect(counts["unresolvedLinks"] == 0)
        #expect(counts["errors"] == 0)
    }

    @Test("check prints path:line: error and exits 1 when a file is broken")
    func checkReportsErrors() throws {
        let folder = try EvexProcess.fixture("seedlike")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x54, 0x69, 0x74, 0x6C, 0x65, 0x0A, 0x0A, 0xC3, 0x28, 0x0A]).write(to: folder.appendingPathComponent("bad.txt"))
        let result = try EvexProcess.run(["check", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("bad.txt:3: error:"), "\(result.stdout)")
        #expect(result.stdout.contains("1 article,"), "the good article still loads: \(result.stdout)")
    }

    @Test("entities of a lone seed-shaped article, without a knowledge file")
    func seedEntities() throws {
        let folder = try EvexProcess.fixture("seedlike")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try EvexProcess.run(["entities", folder.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let entities = try #require(try result.json() as? [[String: Any]])
        let ids = Set(entities.compactMap { $0["id"] as? String })
        for expected in ["isis-k", "isis", "csto", "tajikistan", "russia", "moscow", "crocus-city-hall", "ukraine",
                         "armenia", "kazakhstan", "belarus", "kyrgyzstan", "uzbekistan", "afghanistan",
                         "sergei-shoigu", "putin", "central-asia"] {
            #expect(ids.contains(expected), "missing \(expected) in \(ids.sorted())")
        }
        // The built-in gazetteer knows every country; the list shows only those the text names.
        #expect(!ids.contains("zimbabwe") && !ids.contains("paris"))
        for bogus in ["meanwhile", "read-more", "web-desk", "you-may-also-like", "explainer"] {
            #expect(!ids.contains(bogus), "\(bogus) must not be an entity")
        }
        for entity in entities {
            for key in ["id", "name", "kind", "aliases", "mentions", "confirmed"] {
                #expect(entity[key] != nil, "entity without \(key): \(entity)")
            }
        }
    }

    @Test("mentions carry one id however a name is written")
    func seedMentions() throws {
        let folder = try EvexProcess.fixture("seedlike")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try EvexProcess.run(["mentions", folder.path, "--json"])
        let mentions = try #require(try result.json() as? [[String: Any]])
        func ids(writtenAs text: String) -> Set<String> {
            Set(mentions.filter { $0["text"] as? String == text }.compactMap { $0["entity"] as? String })
        }
        #expect(ids(writtenAs: "Tajik") == ["tajikistan"])
        #expect(ids(writtenAs: "Tajiskistan") == ["tajikistan"])
        #expect(ids(writtenAs: "Moscow’s") == ["moscow"])
        // A ministry named by its country is an entity of its own, the country's possessive inside it.
        #expect(ids(writtenAs: "Tajikistan’s Foreign Ministry") == ["foreign-ministry-of-tajikistan"])
        #expect(ids(writtenAs: "Russian") == ["russia"])
        let articles = try #require(try EvexProcess.run(["articles", folder.path, "--json"]).json() as? [[String: Any]])
        let id = try #require(articles.first?["id"] as? String)
        let article = try #require(try EvexProcess.run(["show", folder.path, id, "--json"]).json() as? [String: Any])
        // Offsets count code points of the article's text: slicing there gives the words as written.
        let text = Array(try #require(article["text"] as? String).unicodeScalars)
        #expect(!mentions.isEmpty)
        for mention in mentions {
            let start = try #require(mention["start"] as? Int), end = try #require(mention["end"] as? Int)
            #expect(String(String.UnicodeScalarView(text[start..<end])) == mention["text"] as? String)
        }
    }

    @Test("relations of the seed-shaped article, each with its sentence")
    func seedRelations() throws {
        let folder = try EvexProcess.fixture("seedlike")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try EvexProcess.run(["relations", folder.path, "--json", "--origin", "pattern"])
        let relations = try #require(try result.json() as? [[String: Any]])
        func has(_ subject: String, _ predicate: String, _ object: String? = nil) -> Bool {
            relations.contains {
                $0["subject"] as? String == subject && $0["predicate"] as? String == predicate
                    && (object == nil || $0["object"] as? String == object)
                    && !(($0["evidence"] as? [[String: Any]])?.first?["text"] as? String ?? "").isEmpty
            }
        }
        #expect(has("isis-k", "claimed_responsibility_for"))
        #expect(has("isis-k", "branch_of", "isis"))
        for member in ["tajikistan", "armenia", "kazakhstan", "belarus", "kyrgyzstan"] {
            #expect(has(member, "member_of", "csto"), "\(member) member_of csto")
        }
        #expect(has("tajikistan", "ally_of", "russia") || has("russia", "ally_of", "tajikistan"))
        #expect(has("kazakhstan", "condemned") && has("uzbekistan", "condemned"))
        #expect(has("sergei-shoigu", "role_of", "russia"))
    }

    @Test("articles lists the two Read more titles as unresolved links")
    func seedUnresolvedLinks() throws {
        let folder = try EvexProcess.fixture("seedlike")
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = try EvexProcess.run(["articles", folder.path, "--json"])
        let articles = try #require(try json.json() as? [[String: Any]])
        let links = try #require(articles.first?["links"] as? [[String: Any]])
        #expect(links.map { $0["title"] as? String } == [
            "Explainer: Why did ISIS attack a Moscow theater?",
            "Putin pledges justice as Russia apprehends Moscow massacre suspects",
        ])
        #expect(links.allSatisfy { $0["target"] is NSNull })
        let table = try EvexProcess.run(["articles", folder.path])
        #expect(table.stdout.contains("Unresolved"))
        #expect(table.stdout.contains("Putin pledges justice as Russia apprehends Moscow massacre suspects"))
    }

    @Test("a folder that does not exist gets a plain message and a non-zero status")
    func missingFolder() throws {
        let result = try EvexProcess.run(["check", "/nonexistent/evex-corpus"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("No such folder: /nonexistent/evex-corpus"))
    }
}
