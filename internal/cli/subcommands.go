package cli

import (
	"fmt"
	"sort"
)

// subcommand dispatches "marsad GROUP NAME args" through a table.
func subcommand(env *Env, group string, table map[string]command, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintf(env.Stderr, "Usage: marsad %s NAME [flags]\n\nNames:\n", group)
		names := make([]string, 0, len(table))
		for n := range table {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(env.Stderr, "  %-10s %s\n", n, table[n].summary)
		}
		if len(args) == 0 {
			return ExitUsage
		}
		return ExitOK
	}
	c, ok := table[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "marsad %s: unknown name %q (run 'marsad %s -h')\n", group, args[0], group)
		return ExitUsage
	}
	return c.run(env, args[1:])
}

// evalCommands are the "marsad eval NAME" commands. Each lives in its own file.
var evalCommands = map[string]command{
	"stem":      {"stem and root accuracy on word/stem/root gold files", runEvalStem},
	"ner":       {"entity tagger precision/recall/F1 on a gold \"token TAG\" file", runEvalNER},
	"quotes":    {"speaker and via precision/recall on quote fixtures", runEvalQuotes},
	"structure": {"body and comment precision/recall on fixtures", runEvalStructure},
}

// trainCommands are the "marsad train NAME" commands.
var trainCommands = map[string]command{
	"ner": {"train the entity tagger", runTrainNER},
}

func runEval(env *Env, args []string) int  { return subcommand(env, "eval", evalCommands, args) }
func runTrain(env *Env, args []string) int { return subcommand(env, "train", trainCommands, args) }
