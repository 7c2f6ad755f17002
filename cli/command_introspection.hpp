#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace bibob::cli {

struct OptionDescription {
  std::string names;  // "-c,--config" as written for people
  std::vector<std::string> flags;  // every "-c" and "--config", for completion
  std::string description;
  bool positional = false;
};

// The options of one app (root or subcommand), without the help flag.
std::vector<OptionDescription> describe_options(const CLI::App& app);

// Every subcommand of an app, in the order they were added.
std::vector<const CLI::App*> subcommands_of(const CLI::App& app);

}  // namespace bibob::cli
