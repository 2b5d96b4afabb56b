//! The role cases of the hostile data corpus (`tests/hostile-data/`) through the catalogue
//! builder: reading a roles folder holding the hostile file must stop with the message the
//! app shows for it (naming the file by its path), and a role the builder can only judge
//! against the occupations (one naming an occupation that does not exist) stops the build.

#[path = "../../../tests/hostile-data/corpus.rs"]
mod corpus;

use std::fs;
use std::path::PathBuf;

use catalog::{roles, workspace_root, Sources};

/// A copy of `public/data/roles` in the temporary folder, removed when dropped.
struct RolesCopy(PathBuf);

impl RolesCopy {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!("hostile-roles-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        for entry in fs::read_dir(corpus::public_data().join("roles")).unwrap() {
            let path = entry.unwrap().path();
            fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
        Self(dir)
    }
}

impl Drop for RolesCopy {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

#[test]
fn the_builder_refuses_the_role_files_the_app_refuses() {
    let copy = RolesCopy::new();
    let mut wrong = Vec::new();
    let mut built = 0;
    for case in corpus::cases() {
        let (true, Some(text)) = (case.folder() == "roles", &case.text) else {
            continue;
        };
        println!("{}", case.summary());
        let file = copy.0.join(format!("{}.json", case.stem()));
        let committed = fs::read_to_string(&file).unwrap();
        fs::write(&file, text).unwrap();
        let read = roles::read_dir(&copy.0).map(drop);
        let got = if let (Ok(()), Some(_)) = (&read, &case.builder) {
            // Readable on its own; the build judges it against the occupations.
            built += 1;
            let sources = Sources {
                roles: copy.0.clone(),
                ..Sources::in_workspace(&workspace_root())
            };
            catalog::build(&sources).map(drop)
        } else {
            read
        };
        fs::write(&file, committed).unwrap();
        let expected = case.builder.clone().or_else(|| {
            let name = file.display().to_string();
            Some(corpus::naming(case.expected.as_ref()?, &case, &name))
        });
        let got = got.err().map(|e| e.to_string());
        if got != expected {
            wrong.push(format!("{}: expected {expected:?}, got {got:?}", case.name));
        }
    }
    assert!(
        built <= 1,
        "each full build takes seconds: keep such cases few"
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
