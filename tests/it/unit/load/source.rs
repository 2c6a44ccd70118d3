use spotter::load::source::*;

#[test]
fn columns_count_characters_and_lines_accept_every_break() {
    let src = SourceText::new("a: é\r\nbé: x\rc: 1\n".to_string());
    assert_eq!(src.line_count(), 4);
    let x = src.text().find('x').unwrap();
    assert_eq!(src.line_col(x), LineCol { line: 2, column: 5 });
    let c = src.text().find('c').unwrap();
    assert_eq!(src.line_col(c), LineCol { line: 3, column: 1 });
    assert_eq!(src.line_end(0), 5);
}

#[test]
fn line_starts_match_a_byte_by_byte_scan() {
    let text = "ab\r\ncd\re\n\n\r\r\nxxxxxxxxxxxxxxx\r".repeat(37) + "tail\r";
    let src = SourceText::new(text.clone());
    let bytes = text.as_bytes();
    let mut expected = vec![0];
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            expected.push(i + 1);
        }
    }
    assert_eq!(src.line_starts(), expected);
}

#[test]
fn newline_only_line_starts_match_a_byte_by_byte_scan() {
    for len in 0..40 {
        let text: String = (0..len)
            .map(|i| if i % 3 == 0 || i % 7 == 5 { '\n' } else { 'é' })
            .collect::<String>()
            + "x\n\n";
        let src = SourceText::new(text.clone());
        assert_eq!(src.line_starts(), line_starts_of(&text), "{text:?}");
    }
}

#[test]
fn a_walker_finds_each_position_as_a_search_does() {
    let text = "id: é\r\nrisk: low\rhold: 10 s\n\n  - x: ü→\r\n".repeat(9) + "end";
    let src = SourceText::new(text.clone());
    let len = text.len();
    // Rising, falling, repeated and jumping offsets, some inside a
    // character and some past the end, as spans of every length.
    let mut offsets: Vec<usize> = (0..=len + 2).collect();
    offsets.extend((0..=len + 2).rev().step_by(3));
    offsets.extend((0..len).map(|i| (i * 7919) % (len + 1)));
    let mut walker = src.walker();
    for pair in offsets.windows(2) {
        let [a, b] = [pair[0], pair[1]];
        let span = a.min(b)..a.max(b);
        assert_eq!(
            walker.place(&span).1,
            src.position(&src.clamp(&span)),
            "{span:?}"
        );
    }
}

#[test]
fn char_indexes_map_to_bytes() {
    let text = "é".repeat(600) + "x";
    let map = CharToByte::new(&text);
    assert_eq!(map.byte(600), 1200);
    assert_eq!(map.byte(1), 2);
    assert_eq!(map.byte(10_000), text.len());
    assert_eq!(CharToByte::new("abc").byte(2), 2);
}

#[test]
fn char_indexes_map_to_bytes_in_any_order() {
    let text = "ab–é😀 c\r\nd".repeat(300) + "–";
    let expected: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    let chars = expected.len() - 1;
    let map = CharToByte::new(&text);
    // Rising, with small steps back (as the parser asks), then far jumps.
    let mut state = 7u64;
    let mut queries: Vec<usize> = (0..=chars + 3).collect();
    queries.extend((0..=chars).rev().step_by(97));
    for _ in 0..2000 {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        queries.push((state >> 33) as usize % (chars + 10));
    }
    for (n, &q) in queries.iter().enumerate() {
        if n % 5 == 0 && q >= 3 {
            let back = q - 3;
            assert_eq!(map.byte(back), expected[back.min(chars)], "char {back}");
        }
        assert_eq!(map.byte(q), expected[q.min(chars)], "char {q}");
    }
}

#[test]
fn line_starts_are_found_at_every_place_of_a_block() {
    // The scan reads 32-byte blocks: a newline at each place of a block,
    // on either side of its edges, and in the tail after the last block.
    for every in 1..70 {
        for len in [31, 32, 33, 63, 64, 65, 97, 130] {
            let text: String = (0..len)
                .map(|i| if i % every == every - 1 { '\n' } else { 'a' })
                .collect();
            let src = SourceText::new(text.clone());
            assert_eq!(
                src.line_starts(),
                line_starts_of(&text),
                "a newline every {every} in {len} bytes"
            );
        }
    }
}

/// Where each line of `text` starts, counted the slow and obvious way.
fn line_starts_of(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(
        text.bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i + 1),
    );
    starts
}
