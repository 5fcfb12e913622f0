console.log("old search");
