// Runs one compiled CommonJS consumer on Node: run.cjs <consumer module> <targets as JSON>.
const [file, targets] = process.argv.slice(2);
require(`./${file}`)
  .default(JSON.parse(targets))
  .then(
    () => console.log('ok'),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
