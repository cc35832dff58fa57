//! The index's cache form: term → postings as gaps between ids (small numbers, one byte
//! each in postcard), plus the documents that have no terms at all. Term ids and
//! per-document lists are rebuilt on load.

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Deserialize, Serialize, Serializer};

use super::SearchIndex;

impl Serialize for SearchIndex {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Terms<'a>(&'a SearchIndex);
        impl Serialize for Terms<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let index = self.0;
                let live = || {
                    index
                        .terms
                        .iter()
                        .map(|(term, &id)| (term, &index.postings[id as usize]))
                        .filter(|(_, docs)| !docs.is_empty())
                };
                let mut seq = serializer.serialize_seq(Some(live().count()))?;
                for (term, docs) in live() {
                    seq.serialize_element(&(term, Gaps(docs)))?;
                }
                seq.end()
            }
        }
        struct Gaps<'a>(&'a [u32]);
        impl Serialize for Gaps<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
                let mut previous = 0;
                for &doc in self.0 {
                    seq.serialize_element(&(doc - previous))?;
                    previous = doc;
                }
                seq.end()
            }
        }
        let bare: Vec<u32> = (0u32..)
            .zip(&self.docs)
            .filter(|(_, ids)| ids.as_ref().is_some_and(|ids| ids.is_empty()))
            .map(|(doc, _)| doc)
            .collect();
        let mut state = serializer.serialize_struct("SearchIndex", 2)?;
        state.serialize_field("terms", &Terms(self))?;
        state.serialize_field("bare", &bare)?;
        state.end()
    }
}

#[derive(Deserialize)]
struct StoredIndex {
    terms: Vec<(Box<str>, Vec<u32>)>,
    bare: Vec<u32>,
}

impl<'de> Deserialize<'de> for SearchIndex {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let stored = StoredIndex::deserialize(deserializer)?;
        SearchIndex::from_stored(stored).map_err(serde::de::Error::custom)
    }
}

impl SearchIndex {
    /// Rebuilds an index from its cache form, refusing a damaged one rather than answering
    /// searches wrongly.
    fn from_stored(stored: StoredIndex) -> Result<Self, &'static str> {
        let mut index = SearchIndex::new();
        // Terms come sorted (they were written from the sorted map), so the map is built in
        // one pass instead of term by term; out of order means damaged.
        let mut terms: Vec<(Box<str>, u32)> = Vec::with_capacity(stored.terms.len());
        let mut per_doc: Vec<u32> = Vec::new();
        for (term, mut gaps) in stored.terms {
            if gaps.is_empty() {
                continue;
            }
            if terms.last().is_some_and(|(last, _)| *last >= term) {
                return Err("search index: terms out of order");
            }
            let id = u32::try_from(index.postings.len()).map_err(|_| "too many terms")?;
            let mut doc = 0u32;
            for (i, gap) in gaps.iter_mut().enumerate() {
                if i > 0 && *gap == 0 {
                    return Err("search index: postings out of order");
                }
                doc = doc
                    .checked_add(*gap)
                    .ok_or("search index: document id overflow")?;
                *gap = doc;
                let at = doc as usize;
                if per_doc.len() <= at {
                    per_doc.resize(at + 1, 0);
                }
                per_doc[at] += 1;
            }
            gaps.shrink_to_fit();
            index.postings.push(gaps);
            terms.push((term, id));
        }
        let mut docs: Vec<Option<Vec<u32>>> = per_doc
            .iter()
            .map(|&n| (n > 0).then(|| Vec::with_capacity(n as usize)))
            .collect();
        for doc in stored.bare {
            let at = doc as usize;
            if docs.len() <= at {
                docs.resize(at + 1, None);
            }
            if docs[at].is_some() {
                return Err("search index: a document both with and without terms");
            }
            docs[at] = Some(Vec::new());
        }
        // Ids were handed out in order, so each document's list is sorted, as `insert` keeps it.
        for (id, postings) in (0u32..).zip(&index.postings) {
            for &doc in postings {
                if let Some(ids) = &mut docs[doc as usize] {
                    ids.push(id);
                }
            }
        }
        index.width = docs.len() as u64;
        index.documents = docs.iter().flatten().count();
        index.docs = docs
            .into_iter()
            .map(|ids| ids.map(Vec::into_boxed_slice))
            .collect();
        index.terms = terms.into_iter().collect();
        Ok(index)
    }
}
