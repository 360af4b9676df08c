"""Static vocabulary for the demo data (names, topics, places); ``storage.seed`` combines it."""
